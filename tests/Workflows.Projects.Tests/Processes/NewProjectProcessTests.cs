using Workflows.Engine.Execution;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Documents;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Processes;

[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class NewProjectProcessTests(string provider) : NewProjectSteps(provider)
{
    [Test]
    public async Task ShouldRunAPlannedProjectFromApplicationToClosure()
    {
        var projectId = await RegisterProjectAsync();
        var started = await StartProcessAsync("new-project", projectId);
        await ApplyAsync();
        await PassMaterialAndTechnicalReviewAsync();
        await BureauReviewAsync("approve");
        await ApproveBudgetAsync();
        await ProcureAndSignAsync(projectId);
        await FileContractAndSupervisorAsync();
        await BuildAndAcceptAsync();
        await AttachAsync(projectId, DocumentKind.AcceptanceReport);
        await CompleteAsync("fileAcceptanceReport", ProjectRoles.Department, ("acceptanceReportSummary", "验收报告"));

        var project = await ProjectAsync(projectId);
        Assert.Multiple(async () =>
        {
            Assert.That(await StatusAsync(started.InstanceId), Is.EqualTo(InstanceStatus.Completed));
            Assert.That(project.Stage, Is.EqualTo(ProjectStage.InOperation));
            Assert.That(project.Filings.Select(f => (f.Kind, f.IsLate)), Is.EquivalentTo(new[]
            {
                (FilingKind.Contract, false), (FilingKind.ContractWithFinance, false), (FilingKind.Supervisor, false), (FilingKind.AcceptanceReport, false),
            }));
            Assert.That(project.FundingStatus, Is.EqualTo(FundingStatus.Normal));
        });
    }

    [Test]
    public async Task ShouldSendAnApplicationWithoutTheFourDocumentsBackToTheDepartment()
    {
        var projectId = await RegisterProjectAsync(withDocuments: false);
        var started = await StartProcessAsync("new-project", projectId);
        await ApplyAsync();

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "prepareApplication" }));
        Assert.That(await VariableAsync(started.InstanceId, "ruleViolations"), Does.Contain("第八条"));
    }

    [Test]
    public async Task ShouldSendAnIncompleteDataSharingPlanBackToTheDepartment()
    {
        var application = Application() with { DataSharing = new("学籍系统", "", "每日", "共享", "开放") };
        var projectId = await RegisterProjectAsync(application);
        var started = await StartProcessAsync("new-project", projectId);
        await ApplyAsync();

        Assert.That(await VariableAsync(started.InstanceId, "ruleViolations"), Does.Contain("第九条"));
    }

    [Test]
    public async Task ShouldRouteAProjectOutsideTheAnnualPlanThroughPreReviewAndCountyApproval()
    {
        var projectId = await RegisterProjectAsync(Application(inAnnualPlan: false));
        await StartProcessAsync("new-project", projectId);
        await ApplyAsync();
        await CompleteAsync("bureauPreReview", ProjectRoles.Bureau, ("preReviewDecision", "approve"), ("preReviewOpinion", "同意报县政府"));
        await CompleteAsync("countyApproval", ProjectRoles.CountyGovernment, ("countyDecision", "approve"), ("countyOpinion", "批准"));

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "materialReview" }));
    }

    [Test]
    public async Task ShouldRejectAProjectTheCountyGovernmentRefuses()
    {
        var projectId = await RegisterProjectAsync(Application(inAnnualPlan: false));
        var started = await StartProcessAsync("new-project", projectId);
        await ApplyAsync();
        await CompleteAsync("bureauPreReview", ProjectRoles.Bureau, ("preReviewDecision", "approve"), ("preReviewOpinion", "同意报县政府"));
        await CompleteAsync("countyApproval", ProjectRoles.CountyGovernment, ("countyDecision", "reject"), ("countyOpinion", "不批准"));

        Assert.That(await StatusAsync(started.InstanceId), Is.EqualTo(InstanceStatus.Completed));
        Assert.That((await ProjectAsync(projectId)).Stage, Is.EqualTo(ProjectStage.Rejected));
    }

    [Test]
    public async Task ShouldRejectAProjectThePreReviewRefuses()
    {
        var projectId = await RegisterProjectAsync(Application(inAnnualPlan: false));
        var started = await StartProcessAsync("new-project", projectId);
        await ApplyAsync();
        await CompleteAsync("bureauPreReview", ProjectRoles.Bureau, ("preReviewDecision", "reject"), ("preReviewOpinion", "不符合规划"));

        Assert.That(await StatusAsync(started.InstanceId), Is.EqualTo(InstanceStatus.Completed));
    }

    [Test]
    public async Task ShouldReturnAnApplicationTheMaterialReviewFindsIncomplete()
    {
        var projectId = await RegisterProjectAsync();
        await StartProcessAsync("new-project", projectId);
        await ApplyAsync();
        await CompleteAsync("materialReview", ProjectRoles.ApprovalBureau, ("materialDecision", "return"), ("materialOpinion", "初步设计不完整"));

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "reviseApplication" }));
    }

    [Test]
    public async Task ShouldReturnAnApplicationTheBureauSendsBackForRevision()
    {
        var projectId = await RegisterProjectAsync();
        await StartProcessAsync("new-project", projectId);
        await ApplyAsync();
        await PassMaterialAndTechnicalReviewAsync();
        await BureauReviewAsync("return");

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "reviseApplication" }));
    }

    [Test]
    public async Task ShouldSendBackABureauApprovalThatMissesACriterion()
    {
        var projectId = await RegisterProjectAsync();
        var started = await StartProcessAsync("new-project", projectId);
        await ApplyAsync();
        await PassMaterialAndTechnicalReviewAsync();
        await BureauReviewAsync("approve", allCriteria: false);

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "bureauReview" }));
        Assert.That(await VariableAsync(started.InstanceId, "ruleViolations"), Does.Contain("第十一条"));
    }

    [Test]
    public async Task ShouldEndWhenTheBureauRejects()
    {
        var projectId = await RegisterProjectAsync();
        var started = await StartProcessAsync("new-project", projectId);
        await ApplyAsync();
        await PassMaterialAndTechnicalReviewAsync();
        await BureauReviewAsync("reject");

        Assert.That(await StatusAsync(started.InstanceId), Is.EqualTo(InstanceStatus.Completed));
        Assert.That((await ProjectAsync(projectId)).Stage, Is.EqualTo(ProjectStage.Rejected));
    }

    [Test]
    public async Task ShouldHaveFinanceReviewAMajorProjectsBudgetWithTheProvinceFirst()
    {
        var projectId = await RegisterProjectAsync(Application(major: true));
        await StartProcessAsync("new-project", projectId);
        await ApplyAsync();
        await PassMaterialAndTechnicalReviewAsync(projectScale: "major");
        await BureauReviewAsync("approve");
        await CompleteAsync("majorBudgetReview", ProjectRoles.Finance, ("majorBudgetDecision", "reduce"), ("reviewedBudget", 900_000), ("majorBudgetReviewOpinion", "省市联审核减"));

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "budgetApproval" }));
    }

    [Test]
    public async Task ShouldEndWhenFinanceRefusesTheBudget()
    {
        var projectId = await RegisterProjectAsync();
        var started = await StartProcessAsync("new-project", projectId);
        await ApplyAsync();
        await PassMaterialAndTechnicalReviewAsync();
        await BureauReviewAsync("approve");
        await CompleteAsync("budgetApproval", ProjectRoles.Finance, ("budgetDecision", "reject"), ("budgetOpinion", "资金不足"));

        Assert.That(await StatusAsync(started.InstanceId), Is.EqualTo(InstanceStatus.Completed));
    }

    [Test]
    public async Task ShouldNotProcureBeforeTheBudgetReviewReportIsOnFile()
    {
        var projectId = await RegisterProjectAsync();
        var started = await StartProcessAsync("new-project", projectId);
        await ApplyAsync();
        await PassMaterialAndTechnicalReviewAsync();
        await BureauReviewAsync("approve");
        await ApproveBudgetAsync();
        await CompleteAsync("procurement", ProjectRoles.Department, ("procurementMethod", "open-tender"), ("builderName", "某科技公司"));

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "procurement" }));
        Assert.That(await VariableAsync(started.InstanceId, "ruleViolations"), Does.Contain("第十四条"));
    }

    [Test]
    public async Task ShouldSendAFailedAcceptanceBackToConstruction()
    {
        var projectId = await RegisterProjectAsync();
        await RunToContractFilingAsync(projectId);
        await FileContractAndSupervisorAsync();
        await CompleteAsync("reportProgress", ProjectRoles.Department, ("percentComplete", 100), ("progressSummary", "完工"), ("constructionComplete", true));
        await CompleteAsync("completionAcceptance", ProjectRoles.Department, ("acceptedOn", Today()), ("acceptanceDecision", "fail"),
            ("dataSharedToPlatform", false), ("secureAndControllable", true), ("acceptanceOpinion", "数据未接入"));

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "reportProgress" }));
    }
}
