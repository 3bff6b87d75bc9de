using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.ApproveBudget;

public sealed class ApproveBudgetValidator : IValidator<ApproveBudget>
{
    public IEnumerable<string> Validate(ApproveBudget message)
    {
        if (message.Approved && message.ApprovedBudget is not > 0)
            yield return "批复预算必须大于0 (the approved budget must be positive)";
        if (string.IsNullOrWhiteSpace(message.Opinion) || message.Opinion.Length > 2000)
            yield return "审批意见必填，且不超过2000字 (opinion is required, at most 2000 characters)";
    }
}
