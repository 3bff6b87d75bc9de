using Workflows.Runtime.Common;

namespace Workflows.Projects.Supervision.Commands.DecideChangeRequest;

public sealed class DecideChangeRequestValidator : IValidator<DecideChangeRequest>
{
    public IEnumerable<string> Validate(DecideChangeRequest message)
    {
        if (!Enum.IsDefined(message.Reviewer))
            yield return "审核方无效 (unknown reviewer)";
        if (string.IsNullOrWhiteSpace(message.Opinion) || message.Opinion.Length > 2000)
            yield return "意见必填，且不超过2000字 (opinion is required, at most 2000 characters)";
    }
}
