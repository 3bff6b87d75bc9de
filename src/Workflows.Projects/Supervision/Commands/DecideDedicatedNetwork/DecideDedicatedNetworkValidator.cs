using Workflows.Runtime.Common;

namespace Workflows.Projects.Supervision.Commands.DecideDedicatedNetwork;

public sealed class DecideDedicatedNetworkValidator : IValidator<DecideDedicatedNetwork>
{
    public IEnumerable<string> Validate(DecideDedicatedNetwork message)
    {
        if (string.IsNullOrWhiteSpace(message.Opinion) || message.Opinion.Length > 2000)
            yield return "审查意见必填，且不超过2000字 (opinion is required, at most 2000 characters)";
    }
}
