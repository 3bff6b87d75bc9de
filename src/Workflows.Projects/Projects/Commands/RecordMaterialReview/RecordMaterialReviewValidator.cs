using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordMaterialReview;

public sealed class RecordMaterialReviewValidator : IValidator<RecordMaterialReview>
{
    public IEnumerable<string> Validate(RecordMaterialReview message)
    {
        if (string.IsNullOrWhiteSpace(message.Opinion) || message.Opinion.Length > 2000)
            yield return "审查意见必填，且不超过2000字 (opinion is required, at most 2000 characters)";
    }
}
