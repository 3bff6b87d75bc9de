using Mediator;
using Workflows.Runtime.Definitions.Publishing;

namespace Workflows.Runtime.Definitions.ValidateDefinition;

/// <summary>Checks BPMN XML against the executable subset without storing it; each line is <c>LINE: ELEMENT_ID: message</c>.</summary>
public sealed record ValidateDefinition(string Xml) : IQuery<IReadOnlyList<string>>;

public sealed class ValidateDefinitionHandler(DefinitionCheck check) : IQueryHandler<ValidateDefinition, IReadOnlyList<string>>
{
    public ValueTask<IReadOnlyList<string>> Handle(ValidateDefinition query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<string>>(check.Validate(query.Xml).Select(DefinitionPublisher.Describe).ToList());
}
