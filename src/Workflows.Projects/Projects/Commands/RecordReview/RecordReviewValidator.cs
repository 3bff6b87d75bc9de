using Workflows.Projects.Domain.Reviews;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordReview;

public sealed class RecordReviewValidator : IValidator<RecordReview>
{
    public IEnumerable<string> Validate(RecordReview message)
    {
        if (!Enum.IsDefined(message.Stage) || message.Stage == ReviewStage.BureauReview)
            yield return "审查环节无效；主管部门审查须记录五项标准 (invalid stage; the bureau review records the five criteria)";
        if (!Enum.IsDefined(message.Decision))
            yield return "审查结论无效 (invalid decision)";
        if (string.IsNullOrWhiteSpace(message.Opinion) || message.Opinion.Length > 2000)
            yield return "审查意见必填，且不超过2000字 (opinion is required, at most 2000 characters)";
    }
}
