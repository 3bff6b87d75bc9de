using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Evaluation.Yearly;

namespace Workflows.Host.Tests.Processes;

/// <summary>
/// Art. 26, the department's yearly performance self-evaluation, and art. 27, finance's spot check of it, through the API as
/// dept-a and finance, on a fake clock: the self-evaluation of a budget year in which the project spent money is opened once
/// the year is over, and finance spot-checks the ones its draw picks. Each test has a budget year of its own.
/// </summary>
public sealed class SelfEvaluationTests(string provider) : DeadlineFixture(provider)
{
    [Test]
    public async Task ShouldRefuseASelfEvaluationOfABudgetYearThatIsNotOver()
    {
        var projectId = await RunToSelfEvaluationAsync(2030);

        var response = await EvaluateAsync(projectId, 2031);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-26" }));
    }

    [Test]
    public async Task ShouldAskForTheNextSelfEvaluationOnceTheFollowingBudgetYearIsOver()
    {
        var projectId = await RunToSelfEvaluationAsync(2032);
        await EvaluateAsync(projectId, 2032).EnsureSuccessAsync();
        Assert.That(await OpenActivitiesAsync(projectId), Is.Empty);

        await DisburseAsync(projectId, BeijingTime(2033, 6, 1));
        SetClock(BeijingTime(2034, 1, 4));
        await RunCheckAsync();

        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "selfEvaluation" }));
    }

    [Test]
    public async Task ShouldRefuseASecondSelfEvaluationOfTheSameBudgetYear()
    {
        var projectId = await RunToSelfEvaluationAsync(2035);
        await EvaluateAsync(projectId, 2035).EnsureSuccessAsync();
        await DisburseAsync(projectId, BeijingTime(2036, 6, 1));
        SetClock(BeijingTime(2037, 1, 4));
        await RunCheckAsync();

        var response = await EvaluateAsync(projectId, 2035);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-26" }));
    }

    [Test]
    public async Task ShouldRecordFinancesSpotCheckOnTheSelfEvaluation()
    {
        var projectId = await RunToSelfEvaluationAsync(2038);
        await EvaluateAsync(projectId, 2038).EnsureSuccessAsync();
        await DrawAllAsync(2038);

        await SpotCheckAsync(projectId, "抽查属实").EnsureSuccessAsync();

        Assert.That(await HistoryAsync(projectId), Has.One.StartsWith("财政抽查 2038 年度绩效自评"));
    }

    [Test]
    public async Task ShouldRefuseASpotCheckWithoutItsResult()
    {
        var projectId = await RunToSelfEvaluationAsync(2040);
        await EvaluateAsync(projectId, 2040).EnsureSuccessAsync();
        await DrawAllAsync(2040);

        var response = await SpotCheckAsync(projectId, result: null);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-27" }));
        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "financeSpotCheck" }));
    }

    /// <summary>
    /// A budgeted project to which finance disbursed money on 1 June of <paramref name="year"/>; the daily check, run on
    /// 4 January of the next year, opened that year's self-evaluation.
    /// </summary>
    private async Task<Guid> RunToSelfEvaluationAsync(int year)
    {
        SetClock(BeijingTime(year, 6, 1));
        var project = await ProjectSetup.RegisterAsync(App, Department);
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 450_000m);
        await DisburseAsync(project.Id, BeijingTime(year, 6, 1));
        SetClock(BeijingTime(year + 1, 1, 4));
        await RunCheckAsync();
        Assert.That(await OpenActivitiesAsync(project.Id), Is.EqualTo(new[] { "selfEvaluation" }));
        return project.Id;
    }

    private async Task DisburseAsync(Guid projectId, DateTimeOffset at)
    {
        SetClock(at);
        await (await SignInAsync("finance")).PostAsJsonAsync($"/api/projects/{projectId}/payments",
            new { fund = "Construction", amount = 100_000m, purpose = "建设资金", disbursed = true }).EnsureSuccessAsync();
    }

    private async Task RunCheckAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AnnualSelfEvaluationJob>().RunAsync(CancellationToken.None);
    }

    /// <summary>Finance draws every self-evaluation of the year (share 1), so that the project's is spot-checked.</summary>
    private async Task DrawAllAsync(int year) =>
        await (await SignInAsync("finance")).PostAsJsonAsync("/api/evaluations/samples", new { budgetYear = year, share = 1m }).EnsureSuccessAsync();

    private Task<HttpResponseMessage> EvaluateAsync(Guid projectId, int budgetYear) =>
        SubmitAsync(projectId, "selfEvaluation", "dept-a", new { budgetYear, selfEvaluationSummary = "达到绩效目标" });

    private Task<HttpResponseMessage> SpotCheckAsync(Guid projectId, string? result) =>
        SubmitAsync(projectId, "financeSpotCheck", "finance", result is null ? new { } : (object)new { spotCheckResult = result });
}
