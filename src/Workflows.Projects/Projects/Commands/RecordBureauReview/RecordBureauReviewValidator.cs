using Workflows.Projects.Domain.Reviews;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordBureauReview;

public sealed class RecordBureauReviewValidator : IValidator<RecordBureauReview>
{
    public IEnumerable<string> Validate(RecordBureauReview message)
    {
        if (!Enum.IsDefined(message.Decision))
            yield return "审查结论无效 (invalid decision)";
        // Art. 11: approval needs need, intensive construction, plan, budget and performance targets all judged reasonable.
        if (message.Decision == ReviewDecision.Approve && !message.Criteria.AllMet)
            yield return "同意立项须五项审查标准全部满足（第十一条） (art. 11: approval needs all five review criteria met)";
        if (string.IsNullOrWhiteSpace(message.Opinion) || message.Opinion.Length > 2000)
            yield return "审查意见必填，且不超过2000字 (opinion is required, at most 2000 characters)";
    }
}
