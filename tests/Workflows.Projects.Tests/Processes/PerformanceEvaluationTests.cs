using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence.Instances;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Construction;
using Workflows.Projects.Domain.Funding;
using Workflows.Projects.Evaluation.Commands.DrawEvaluationSample;
using Workflows.Projects.Evaluation.Commands.OpenAnnualSelfEvaluations;
using Workflows.Projects.Funding.Commands.RequestPayment;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Processes;

/// <summary>
/// Art. 26, the department's performance self-evaluation after each budget year in which the project spent money, and art. 27,
/// finance's spot check of the self-evaluations its draw picks, on the fake clock (which earlier tests of the fixture may have
/// moved on: years count from its now).
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class PerformanceEvaluationTests(string provider) : NewProjectSteps(provider)
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The budget year running now, in the county's time zone.</summary>
    private int ThisYear => TimeZoneInfo.ConvertTime(Host.Time.GetUtcNow(), Beijing).Year;

    /// <summary>A budgeted project that had money disbursed this year; the clock then moves into the next year and the daily check opens the self-evaluation.</summary>
    private async Task<(Guid ProjectId, int BudgetYear)> RunToSelfEvaluationAsync()
    {
        var projectId = await RegisterProjectAsync();
        await Host.ReadAsync(async db =>
        {
            var project = await db.Set<Project>().SingleAsync(p => p.Id == projectId);
            project.Stage = ProjectStage.Budgeted;
            project.ApprovedBudget = project.TotalBudget;
            return await db.SaveChangesAsync();
        });
        var year = ThisYear;
        await SpendAndMoveIntoNextYearAsync(projectId);
        return (projectId, year);
    }

    private async Task SpendAndMoveIntoNextYearAsync(Guid projectId)
    {
        await Host.SendAsync(new RequestPayment(projectId, PaymentFund.Construction, 100_000m, "建设资金", Disbursed: true, "finance"));
        Host.Time.SetUtcNow(new DateTimeOffset(ThisYear + 1, 1, 2, 9, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        await Host.SendAsync(new OpenAnnualSelfEvaluations());
    }

    private Task EvaluateAsync(int budgetYear) =>
        CompleteAsync("selfEvaluation", ProjectRoles.Department, ("budgetYear", budgetYear), ("selfEvaluationSummary", "达到绩效目标"));

    private Task SpotCheckAsync(string? result = "自评属实") =>
        result is null
            ? CompleteAsync("financeSpotCheck", ProjectRoles.Finance)
            : CompleteAsync("financeSpotCheck", ProjectRoles.Finance, ("spotCheckResult", result));

    private Task<List<SelfEvaluation>> EvaluationsAsync(Guid projectId) =>
        Host.ReadAsync(db => db.Set<SelfEvaluation>().AsNoTracking().Where(e => e.ProjectId == projectId).OrderBy(e => e.BudgetYear).ToListAsync());

    private Task<Guid> RunningInstanceAsync(string definitionKey) =>
        Host.ReadAsync(db => db.Set<InstanceRecord>().AsNoTracking()
            .Where(i => i.DefinitionKey == definitionKey && i.Status == InstanceStatus.Running).Select(i => i.Id).SingleAsync());

    [Test]
    public async Task ShouldAskForTheNextSelfEvaluationOnceTheFollowingBudgetYearIsOver()
    {
        var (projectId, year) = await RunToSelfEvaluationAsync();
        await EvaluateAsync(year);
        Assert.That(await OpenActivitiesAsync(), Is.Empty);

        await SpendAndMoveIntoNextYearAsync(projectId);

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "selfEvaluation" }));
    }

    [Test]
    public async Task ShouldRecordEachBudgetYearsSelfEvaluation()
    {
        var (projectId, year) = await RunToSelfEvaluationAsync();
        await EvaluateAsync(year);
        await SpendAndMoveIntoNextYearAsync(projectId);
        await EvaluateAsync(year + 1);

        Assert.That((await EvaluationsAsync(projectId)).Select(e => e.BudgetYear), Is.EqualTo(new[] { year, year + 1 }));
        Assert.That((await ProjectAsync(projectId)).History.Count(h => h.Action == "self-evaluated"), Is.EqualTo(2));
    }

    [Test]
    public async Task ShouldSendASelfEvaluationOfABudgetYearThatIsNotOverBackToTheDepartment()
    {
        var (projectId, _) = await RunToSelfEvaluationAsync();
        await EvaluateAsync(ThisYear);

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "selfEvaluation" }));
        Assert.That(await VariableAsync(await RunningInstanceAsync("performance-evaluation"), "ruleViolations"), Does.Contain("第二十六条"));
        Assert.That(await EvaluationsAsync(projectId), Is.Empty);
    }

    [Test]
    public async Task ShouldSendASecondSelfEvaluationOfTheSameBudgetYearBackToTheDepartment()
    {
        var (projectId, year) = await RunToSelfEvaluationAsync();
        await EvaluateAsync(year);
        await SpendAndMoveIntoNextYearAsync(projectId);
        await EvaluateAsync(year);

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "selfEvaluation" }));
        Assert.That(await VariableAsync(await RunningInstanceAsync("performance-evaluation"), "ruleViolations"), Does.Contain("第二十六条"));
        Assert.That((await EvaluationsAsync(projectId)).Select(e => e.BudgetYear), Is.EqualTo(new[] { year }));
    }

    [Test]
    public async Task ShouldRecordFinancesSpotCheckOnTheSelfEvaluation()
    {
        var (projectId, year) = await RunToSelfEvaluationAsync();
        await EvaluateAsync(year);
        await Host.SendAsync(new DrawEvaluationSample(year, 1m, Seed: 1, "finance"));
        await SpotCheckAsync(result: "抽查属实");

        var evaluation = (await EvaluationsAsync(projectId)).Single();
        Assert.That((evaluation.Sampled, evaluation.SpotChecked, evaluation.SpotCheckResult, evaluation.SpotCheckedAt.HasValue), Is.EqualTo((true, true, "抽查属实", true)));
        Assert.That((await ProjectAsync(projectId)).History.Select(h => h.Action), Does.Contain("spot-checked"));
    }

    [Test]
    public async Task ShouldSendASpotCheckWithoutItsResultBackToFinance()
    {
        var (projectId, year) = await RunToSelfEvaluationAsync();
        await EvaluateAsync(year);
        await Host.SendAsync(new DrawEvaluationSample(year, 1m, Seed: 1, "finance"));
        await SpotCheckAsync(result: null);

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "financeSpotCheck" }));
        Assert.That(await VariableAsync(await RunningInstanceAsync("evaluation-spot-check"), "ruleViolations"), Does.Contain("第二十七条"));
        Assert.That((await EvaluationsAsync(projectId)).Single().SpotChecked, Is.False);
    }
}
