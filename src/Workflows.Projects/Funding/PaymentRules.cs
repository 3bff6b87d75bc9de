using Workflows.Projects.Domain;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Funding;

/// <summary>When money may flow to a project and how much (arts. 13, 25, 28).</summary>
public static class PaymentRules
{
    /// <summary>The article that stops payments to the project now, with why; null when money may flow.</summary>
    public static Problem? Blocker(Project project) => project.FundingStatus switch
    {
        _ when project.Stage == ProjectStage.Terminated || project.FundingStatus == FundingStatus.Terminated =>
            new Problem("art-28", "项目已终止，不再拨付建设和运维资金（第二十八条） (art. 28: the project was terminated)"),
        FundingStatus.Held =>
            new Problem("art-25", $"验收报告未按期备案，暂停拨付建设和运维资金（第二十五条） (art. 25: funding is held): {project.FundingHoldReason}"),
        FundingStatus.Suspended =>
            new Problem("art-28", $"限期整改未到位，暂停拨付建设和运维资金（第二十八条） (art. 28: payments are suspended): {project.FundingHoldReason}"),
        _ when project.ApprovedBudget is null =>
            new Problem("art-13", "财政部门尚未批复项目预算，不能拨付（第十三条） (art. 13: the budget is not approved)"),
        _ => null,
    };

    /// <summary>Arts. 13, 25, 28: a held, suspended or terminated project, or one without an approved budget, gets no money.</summary>
    public static void EnsureMoneyMayFlow(Project project)
    {
        if (Blocker(project) is { } problem)
            throw new ConflictException(problem);
    }

    /// <summary>Art. 13: the approved budget is the ceiling of everything requested and paid.</summary>
    public static void EnsureWithinApprovedBudget(Project project, decimal committed, decimal amount)
    {
        var approved = project.ApprovedBudget ?? 0m;
        if (committed + amount > approved)
            throw new InvalidRequestException([new Problem("art-13",
                $"拨付总额不得超过批复预算 {approved:0.00} 元，已申请和拨付 {committed:0.00} 元，本次 {amount:0.00} 元（第十三条） "
                + "(art. 13: payments cannot exceed the approved budget)")]);
    }
}
