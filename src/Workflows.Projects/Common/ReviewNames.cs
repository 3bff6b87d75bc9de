using Workflows.Projects.Domain.Reviews;

namespace Workflows.Projects.Common;

/// <summary>Chinese names of review stages and decisions for the project history.</summary>
public static class ReviewNames
{
    public static string Of(ReviewStage stage) => stage switch
    {
        ReviewStage.PreReview => "前置审查",
        ReviewStage.CountyApproval => "县政府审批",
        ReviewStage.MaterialReview => "材料审查",
        ReviewStage.TechnicalReview => "技术审查",
        ReviewStage.BureauReview => "主管部门审查",
        ReviewStage.MajorBudgetReview => "重大项目预算评审",
        ReviewStage.BudgetApproval => "预算审批",
        ReviewStage.SpotCheck => "财政抽查",
        ReviewStage.CompletionAcceptance => "竣工验收",
        _ => stage.ToString(),
    };

    public static string Of(ReviewDecision decision) => decision switch
    {
        ReviewDecision.Approve => "通过",
        ReviewDecision.Reduce => "核减",
        ReviewDecision.Return => "退回修改",
        ReviewDecision.Reject => "不通过",
        _ => decision.ToString(),
    };
}
