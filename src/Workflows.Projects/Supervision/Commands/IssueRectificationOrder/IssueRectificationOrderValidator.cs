using Workflows.Runtime.Common;

namespace Workflows.Projects.Supervision.Commands.IssueRectificationOrder;

public sealed class IssueRectificationOrderValidator : IValidator<IssueRectificationOrder>
{
    public const int MaxLimitWorkingDays = 60;

    public IEnumerable<string> Validate(IssueRectificationOrder message)
    {
        // Art. 28: building against the approval, unapproved changes or delayed acceptance are the grounds.
        if (!Enum.IsDefined(message.Reason))
            yield return "整改事由须为未按批复建设、擅自变更或无故延迟验收（第二十八条） (art. 28: unknown ground)";
        if (message.LimitWorkingDays is < 1 or > MaxLimitWorkingDays)
            yield return $"整改期限须为1至{MaxLimitWorkingDays}个工作日（第二十八条） (art. 28: the limit is 1 to {MaxLimitWorkingDays} working days)";
        if (string.IsNullOrWhiteSpace(message.Description) || message.Description.Length > 4000)
            yield return "问题说明必填，且不超过4000字 (description is required, at most 4000 characters)";
    }
}
