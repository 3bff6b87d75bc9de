using Workflows.Runtime.Common;
using Workflows.Runtime.Definitions.Publishing;

namespace Workflows.Runtime.Definitions.SaveDraft;

public sealed class SaveDraftValidator : IValidator<SaveDraft>
{
    public IEnumerable<string> Validate(SaveDraft message)
    {
        foreach (var problem in DefinitionKeyRule.Check(message.Key))
            yield return problem;
        if (string.IsNullOrWhiteSpace(message.Xml))
            yield return "The BPMN XML is empty.";
    }
}
