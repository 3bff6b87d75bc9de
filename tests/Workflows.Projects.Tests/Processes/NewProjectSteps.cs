using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Domain;

namespace Workflows.Projects.Tests.Processes;

/// <summary>The new-project path, phase by phase, each task completed by the role the measures name.</summary>
public abstract class NewProjectSteps(string provider) : ProcessFixture(provider)
{
    protected Task ApplyAsync() =>
        CompleteAsync("prepareApplication", ProjectRoles.Department,
            ("applicationNote", "申请立项"), ("contactPerson", "张三"), ("contactPhone", "0358-1234567"));

    /// <summary>The approval bureau finds the materials complete and confirms (or corrects) the plan and scale (arts. 8, 11, 14).</summary>
    protected Task MaterialReviewAsync(string annualPlanStatus = "in-plan", string projectScale = "ordinary") =>
        CompleteAsync("materialReview", ProjectRoles.ApprovalBureau, ("materialDecision", "approve"),
            ("annualPlanStatus", annualPlanStatus), ("projectScale", projectScale), ("materialOpinion", "材料齐全"));

    protected async Task PassMaterialAndTechnicalReviewAsync(string projectScale = "ordinary")
    {
        await MaterialReviewAsync(projectScale: projectScale);
        await CompleteAsync("technicalReview", ProjectRoles.DigitalGovernmentCenter, ("technicalDecision", "approve"), ("technicalOpinion", "方案可行"));
    }

    protected Task BureauReviewAsync(string decision, bool allCriteria = true) =>
        CompleteAsync("bureauReview", ProjectRoles.Bureau,
            ("needReasonable", true), ("intensiveConstruction", true), ("planFeasible", allCriteria),
            ("budgetReasonable", true), ("performanceTargetsReasonable", true),
            ("reviewDecision", decision), ("reviewOpinion", "审查意见"));

    protected Task ApproveBudgetAsync() =>
        CompleteAsync("budgetApproval", ProjectRoles.Finance, ("budgetDecision", "approve"), ("approvedBudget", 950_000), ("budgetOpinion", "同意"));

    /// <summary>From an approved project to a signed contract awaiting its art. 18 filing.</summary>
    protected async Task ProcureAndSignAsync(Guid projectId)
    {
        await AttachAsync(projectId, DocumentKind.BudgetReviewReport);
        await CompleteAsync("procurement", ProjectRoles.Department, ("procurementMethod", "open-tender"), ("builderName", "某科技公司"));
        await AttachAsync(projectId, DocumentKind.Contract);
        await CompleteAsync("signContract", ProjectRoles.Department, ("contractNumber", "HT-001"), ("contractAmount", 900_000),
            ("contractSignedOn", Today()), ("deliverablesAgreed", true));
    }

    protected async Task FileContractAndSupervisorAsync()
    {
        await CompleteAsync("fileContract", ProjectRoles.Department, ("contractFilingNote", ""));
        await CompleteAsync("financeContractReceipt", ProjectRoles.Finance, ("financeReceiptNote", "已签收"));
        await CompleteAsync("fileSupervisor", ProjectRoles.Department, ("supervisorName", "某监理公司"), ("supervisorSelection", "open-tender"), ("supervisorFilingNote", ""));
    }

    protected async Task BuildAndAcceptAsync()
    {
        await CompleteAsync("reportProgress", ProjectRoles.Department, ("percentComplete", 100), ("progressSummary", "完工"), ("constructionComplete", true));
        await CompleteAsync("completionAcceptance", ProjectRoles.Department, ("acceptedOn", Today()), ("acceptanceDecision", "pass"),
            ("dataSharedToPlatform", true), ("secureAndControllable", true), ("acceptanceOpinion", "合格"));
    }

    /// <summary>Today on the fake clock in Beijing, as a form's date field sends it.</summary>
    protected string Today() =>
        Host.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Start to the contract filing task (art. 18) of a planned, non-major project; returns the instance.</summary>
    protected async Task<Guid> RunToContractFilingAsync(Guid projectId)
    {
        var started = await StartProcessAsync("new-project", projectId);
        await ApplyAsync();
        await PassMaterialAndTechnicalReviewAsync();
        await BureauReviewAsync("approve");
        await ApproveBudgetAsync();
        await ProcureAndSignAsync(projectId);
        return started.InstanceId;
    }

    /// <summary>Start to the acceptance-report filing task of a planned, non-major project.</summary>
    protected async Task<Guid> RunToAcceptanceReportAsync(Guid projectId)
    {
        await RunToContractFilingAsync(projectId);
        await FileContractAndSupervisorAsync();
        await BuildAndAcceptAsync();
        return projectId;
    }
}
