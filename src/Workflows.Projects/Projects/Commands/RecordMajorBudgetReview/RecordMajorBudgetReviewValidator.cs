using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordMajorBudgetReview;

public sealed class RecordMajorBudgetReviewValidator : IValidator<RecordMajorBudgetReview>
{
    public IEnumerable<string> Validate(RecordMajorBudgetReview message)
    {
        if (string.IsNullOrWhiteSpace(message.Opinion) || message.Opinion.Length > 2000)
            yield return "评审意见必填，且不超过2000字 (opinion is required, at most 2000 characters)";
    }
}
