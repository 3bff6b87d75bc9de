using Workflows.Projects.Supervision.Commands.IssueRectificationOrder;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Supervision.Commands.SuspendPayments;

public sealed class SuspendPaymentsValidator : IValidator<SuspendPayments>
{
    public IEnumerable<string> Validate(SuspendPayments message)
    {
        if (message.SecondLimitWorkingDays is < 1 or > IssueRectificationOrderValidator.MaxLimitWorkingDays)
            yield return $"二次整改期限须为1至{IssueRectificationOrderValidator.MaxLimitWorkingDays}个工作日（第二十八条） (art. 28: invalid second limit)";
    }
}
