using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordAcceptance;

public sealed class RecordAcceptanceValidator : IValidator<RecordAcceptance>
{
    public IEnumerable<string> Validate(RecordAcceptance message)
    {
        if (string.IsNullOrWhiteSpace(message.Opinion) || message.Opinion.Length > 2000)
            yield return "验收意见必填，且不超过2000字 (opinion is required, at most 2000 characters)";
    }
}
