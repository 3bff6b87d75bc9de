using Workflows.Runtime.Common;

namespace Workflows.Runtime.Forms.SaveFormDraft;

public sealed class SaveFormDraftValidator : IValidator<SaveFormDraft>
{
    public IEnumerable<string> Validate(SaveFormDraft message) => FormKeyRule.Check(message.Key);
}
