using Mediator;
using Workflows.Runtime.Definitions.Publishing;

namespace Workflows.Runtime.Definitions.ValidateDefinition;

/// <summary>
/// Checks BPMN XML as publishing would, without storing it: the executable subset, then the candidate groups and forms it
/// names; each message is <c>LINE: ELEMENT_ID: message</c>.
/// </summary>
public sealed record ValidateDefinition(string Xml) : IQuery<DefinitionValidation>;

public sealed class ValidateDefinitionHandler(DefinitionCheck check, PublicationProblems publicationProblems) : IQueryHandler<ValidateDefinition, DefinitionValidation>
{
    public async ValueTask<DefinitionValidation> Handle(ValidateDefinition query, CancellationToken cancellationToken) =>
        new((await publicationProblems.OfAsync(query.Xml, null, cancellationToken)).Problems,
            [.. check.Warnings(query.Xml).Select(DefinitionPublisher.Describe)]);
}
