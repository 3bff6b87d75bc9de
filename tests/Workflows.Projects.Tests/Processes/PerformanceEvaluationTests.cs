using Microsoft.EntityFrameworkCore;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Construction;
using Workflows.Projects.Domain.Documents;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Processes;

/// <summary>
/// Art. 26, the department's performance self-evaluation after each budget year, and art. 27, finance's spot check
/// of it, on the fake clock (which earlier tests of the fixture may have moved on: years count from its now).
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class PerformanceEvaluationTests(string provider) : NewProjectSteps(provider)
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The budget year running now, in the county's time zone.</summary>
    private int ThisYear => TimeZoneInfo.ConvertTime(Host.Time.GetUtcNow(), Beijing).Year;

    private async Task<(Guid ProjectId, Guid InstanceId)> RunToSelfEvaluationAsync()
    {
        var projectId = await RegisterProjectAsync();
        var instanceId = await RunToContractFilingAsync(projectId);
        await FileContractAndSupervisorAsync();
        await BuildAndAcceptAsync();
        await AttachAsync(projectId, DocumentKind.AcceptanceReport);
        await CompleteAsync("fileAcceptanceReport", ProjectRoles.Department, ("acceptanceReportSummary", "验收报告"));
        return (projectId, instanceId);
    }

    private Task EvaluateAsync(int budgetYear) =>
        CompleteAsync("selfEvaluation", ProjectRoles.Department, ("budgetYear", budgetYear), ("selfEvaluationSummary", "达到绩效目标"), ("systemsRetired", false));

    private Task SpotCheckAsync(bool spotChecked = true, string? result = "自评属实") =>
        result is null
            ? CompleteAsync("financeSpotCheck", ProjectRoles.Finance, ("spotChecked", spotChecked))
            : CompleteAsync("financeSpotCheck", ProjectRoles.Finance, ("spotChecked", spotChecked), ("spotCheckResult", result));

    private Task<List<SelfEvaluation>> EvaluationsAsync(Guid projectId) =>
        Host.ReadAsync(db => db.Set<SelfEvaluation>().AsNoTracking().Where(e => e.ProjectId == projectId).OrderBy(e => e.BudgetYear).ToListAsync());

    [Test]
    public async Task ShouldAskForTheNextSelfEvaluationOnceTheFollowingBudgetYearIsOver()
    {
        await RunToSelfEvaluationAsync();
        var lastYear = ThisYear - 1;
        await EvaluateAsync(lastYear);
        await SpotCheckAsync();

        // This budget year is over at the start of the next (Beijing time): then its self-evaluation is due.
        Assert.That((await PendingTimerAsync("nextBudgetYear")).DueAt,
            Is.EqualTo(new DateTimeOffset(lastYear + 2, 1, 1, 0, 0, 0, TimeSpan.FromHours(8))));
        await FireTimerAsync("nextBudgetYear");
        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "selfEvaluation" }));
    }

    [Test]
    public async Task ShouldRecordEachBudgetYearsSelfEvaluation()
    {
        var (projectId, _) = await RunToSelfEvaluationAsync();
        var lastYear = ThisYear - 1;
        await EvaluateAsync(lastYear);
        await SpotCheckAsync();
        await FireTimerAsync("nextBudgetYear");
        await EvaluateAsync(lastYear + 1);

        Assert.That((await EvaluationsAsync(projectId)).Select(e => e.BudgetYear), Is.EqualTo(new[] { lastYear, lastYear + 1 }));
        Assert.That((await ProjectAsync(projectId)).History.Count(h => h.Action == "self-evaluated"), Is.EqualTo(2));
    }

    [Test]
    public async Task ShouldSendASelfEvaluationOfABudgetYearThatIsNotOverBackToTheDepartment()
    {
        var (projectId, instanceId) = await RunToSelfEvaluationAsync();
        await EvaluateAsync(ThisYear);

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "selfEvaluation" }));
        Assert.That(await VariableAsync(instanceId, "ruleViolations"), Does.Contain("第二十六条"));
        Assert.That(await EvaluationsAsync(projectId), Is.Empty);
    }

    [Test]
    public async Task ShouldSendASecondSelfEvaluationOfTheSameBudgetYearBackToTheDepartment()
    {
        var (projectId, instanceId) = await RunToSelfEvaluationAsync();
        var lastYear = ThisYear - 1;
        await EvaluateAsync(lastYear);
        await SpotCheckAsync();
        await FireTimerAsync("nextBudgetYear");
        await EvaluateAsync(lastYear);

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "selfEvaluation" }));
        Assert.That(await VariableAsync(instanceId, "ruleViolations"), Does.Contain("第二十六条"));
        Assert.That((await EvaluationsAsync(projectId)).Select(e => e.BudgetYear), Is.EqualTo(new[] { lastYear }));
    }

    [Test]
    public async Task ShouldRecordFinancesSpotCheckOnTheSelfEvaluation()
    {
        var (projectId, _) = await RunToSelfEvaluationAsync();
        await EvaluateAsync(ThisYear - 1);
        await SpotCheckAsync(result: "抽查属实");

        var evaluation = (await EvaluationsAsync(projectId)).Single();
        Assert.That((evaluation.SpotChecked, evaluation.SpotCheckResult, evaluation.SpotCheckedAt.HasValue), Is.EqualTo((true, "抽查属实", true)));
        Assert.That((await ProjectAsync(projectId)).History.Select(h => h.Action), Does.Contain("spot-checked"));
    }

    [Test]
    public async Task ShouldSendASpotCheckWithoutItsResultBackToFinance()
    {
        var (projectId, instanceId) = await RunToSelfEvaluationAsync();
        await EvaluateAsync(ThisYear - 1);
        await SpotCheckAsync(result: null);

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "financeSpotCheck" }));
        Assert.That(await VariableAsync(instanceId, "ruleViolations"), Does.Contain("第二十七条"));
        Assert.That((await EvaluationsAsync(projectId)).Single().SpotChecked, Is.False);
    }
}
