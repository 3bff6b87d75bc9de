using Mediator;
using Workflows.Runtime.Definitions.Publishing;

namespace Workflows.Runtime.Definitions.ValidateDefinition;

/// <summary>Checks BPMN XML against the executable subset without storing it; each line is <c>LINE: ELEMENT_ID: message</c>.</summary>
public sealed record ValidateDefinition(string Xml) : IQuery<DefinitionValidation>;

public sealed class ValidateDefinitionHandler(DefinitionCheck check) : IQueryHandler<ValidateDefinition, DefinitionValidation>
{
    public ValueTask<DefinitionValidation> Handle(ValidateDefinition query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new DefinitionValidation(
            [.. check.Validate(query.Xml).Select(DefinitionPublisher.Describe)],
            [.. check.Warnings(query.Xml).Select(DefinitionPublisher.Describe)]));
}
