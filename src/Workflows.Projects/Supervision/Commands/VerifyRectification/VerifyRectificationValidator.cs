using Workflows.Runtime.Common;

namespace Workflows.Projects.Supervision.Commands.VerifyRectification;

public sealed class VerifyRectificationValidator : IValidator<VerifyRectification>
{
    public IEnumerable<string> Validate(VerifyRectification message)
    {
        if (string.IsNullOrWhiteSpace(message.Opinion) || message.Opinion.Length > 2000)
            yield return "核查意见必填，且不超过2000字 (opinion is required, at most 2000 characters)";
    }
}
