using Workflows.Runtime.Common;

namespace Workflows.Projects.Supervision.Commands.SubmitChangeRequest;

public sealed class SubmitChangeRequestValidator : IValidator<SubmitChangeRequest>
{
    public IEnumerable<string> Validate(SubmitChangeRequest message)
    {
        if (string.IsNullOrWhiteSpace(message.Reason) || message.Reason.Length > 2000)
            yield return "变更原因必填，且不超过2000字 (reason is required, at most 2000 characters)";
        // Art. 20: an adjustment request changes the content, the budget, the schedule or the construction conditions.
        if (string.IsNullOrWhiteSpace(message.NewScope) && message.NewTotalBudget is null && message.NewPlannedCompletion is null
            && !message.ConstructionConditionsChanged)
            yield return "变更申请须至少调整建设内容、预算、工期或建设条件之一（第二十条） (art. 20: change the scope, the budget, the schedule or the conditions)";
        if (message.NewTotalBudget is <= 0)
            yield return "变更后的总预算必须大于0 (the new total budget must be positive)";
        if (message.NewScope?.Length > 4000)
            yield return "变更后的建设内容不超过4000字 (scope at most 4000 characters)";
    }
}
