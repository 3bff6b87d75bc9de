using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.HoldFunding;

public sealed class HoldFundingValidator : IValidator<HoldFunding>
{
    public IEnumerable<string> Validate(HoldFunding message)
    {
        if (string.IsNullOrWhiteSpace(message.Reason) || message.Reason.Length > 500)
            yield return "暂停拨付须说明理由，且不超过500字 (a hold needs a reason, at most 500 characters)";
    }
}
