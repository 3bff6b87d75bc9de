using Workflows.Runtime.Common;

namespace Workflows.Projects.Supervision.Commands.ReferForAccountability;

public sealed class ReferForAccountabilityValidator : IValidator<ReferForAccountability>
{
    public IEnumerable<string> Validate(ReferForAccountability message)
    {
        if (string.IsNullOrWhiteSpace(message.Assessment) || message.Assessment.Length > 2000)
            yield return "损失评估意见必填，且不超过2000字 (assessment is required, at most 2000 characters)";
    }
}
