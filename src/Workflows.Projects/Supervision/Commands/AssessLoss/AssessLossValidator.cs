using Workflows.Runtime.Common;

namespace Workflows.Projects.Supervision.Commands.AssessLoss;

public sealed class AssessLossValidator : IValidator<AssessLoss>
{
    public IEnumerable<string> Validate(AssessLoss message)
    {
        if (string.IsNullOrWhiteSpace(message.Assessment) || message.Assessment.Length > 2000)
            yield return "损失评估意见必填，且不超过2000字 (assessment is required, at most 2000 characters)";
    }
}
