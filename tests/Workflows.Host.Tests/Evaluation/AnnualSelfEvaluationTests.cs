using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Evaluation;
using Workflows.Projects.Evaluation.Yearly;

namespace Workflows.Host.Tests.Evaluation;

/// <summary>
/// Art. 26: the daily check opens a budget year's self-evaluation for every project that had money disbursed in it,
/// construction years included; art. 27: finance draws a reproducible sample and spot-checks only the self-evaluations it
/// picks. On a fake clock, each test in a budget year of its own (the draws take every waiting self-evaluation of a year).
/// </summary>
public sealed class AnnualSelfEvaluationTests(string provider) : DeadlineFixture(provider)
{
    [Test]
    public async Task ShouldOpenTheSelfEvaluationOfAConstructionYearInWhichTheProjectSpentMoney()
    {
        var projectId = await BudgetedProjectAsync(2041);
        await DisburseAsync(projectId, BeijingTime(2041, 3, 10), 80_000m);
        await DisburseAsync(projectId, BeijingTime(2041, 9, 10), 20_000m);

        SetClock(BeijingTime(2042, 1, 2));
        await RunCheckAsync();

        var task = await TaskAsync(projectId, "selfEvaluation", "dept-a");
        var variables = (await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>($"/api/tasks/{task.Id}")).GetProperty("variables");
        Assert.That(variables.GetProperty("budgetYear").GetInt32(), Is.EqualTo(2041));
        Assert.That((await ProjectAsync(projectId)).GetProperty("stage").GetString(), Is.EqualTo("Budgeted"), "a construction year, not after acceptance");
        Assert.That(await HistoryAsync(projectId), Has.One.Contains("2041 年度拨付资金 100000 元"));
    }

    [Test]
    public async Task ShouldNotOpenASelfEvaluationForAYearInWhichTheProjectSpentNothing()
    {
        var projectId = await BudgetedProjectAsync(2043);
        await RequestOnlyAsync(projectId, BeijingTime(2043, 5, 1));
        await DisburseAsync(projectId, BeijingTime(2044, 1, 3), 50_000m);

        SetClock(BeijingTime(2044, 1, 5));
        await RunCheckAsync();

        Assert.That(await OpenActivitiesAsync(projectId), Is.Empty, "requested but not paid in 2043, paid only in 2044");
    }

    [Test]
    public async Task ShouldOpenTheSelfEvaluationOnceWhenTheYearIsOverInCountyTime()
    {
        var projectId = await BudgetedProjectAsync(2045);
        await DisburseAsync(projectId, BeijingTime(2045, 12, 31, 20), 10_000m);

        SetClock(BeijingTime(2045, 12, 31, 23, 30));
        await RunCheckAsync();
        Assert.That(await OpenActivitiesAsync(projectId), Is.Empty, "2045 is not over in the county yet");

        SetClock(BeijingTime(2046, 1, 1, 0, 30));
        await RunCheckAsync();
        await RunCheckAsync();

        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "selfEvaluation" }), "one, however often the check runs");
    }

    [Test]
    public async Task ShouldForbidADepartmentToStartASelfEvaluationByHand()
    {
        var projectId = await BudgetedProjectAsync(2047);

        var response = await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/instances", new
        {
            definitionKey = "performance-evaluation", businessKey = projectId.ToString(), variables = new { projectId, budgetYear = 2046 },
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public void ShouldScheduleTheCheckDailyInCountyTime()
    {
        using var connection = App.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = connection.GetRecurringJobs().SingleOrDefault(j => j.Id == AnnualSelfEvaluationJob.RecurringJobId);

        Assert.That(job, Is.Not.Null);
        Assert.That((job!.Cron, job.TimeZoneId), Is.EqualTo((AnnualSelfEvaluationJob.Schedule, "Asia/Shanghai")));
    }

    [Test]
    public async Task ShouldSpotCheckOnlyTheSelfEvaluationsTheDrawPicks()
    {
        var projects = await EvaluatedProjectsAsync(2049, 5);

        var sample = await DrawAsync(2049, share: 0.4m, seed: 20260427).EnsureSuccessAsync();

        var drawn = await sample.Content.ReadFromJsonAsync<JsonElement>();
        var picked = drawn.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("sampled").GetBoolean())
            .Select(i => i.GetProperty("projectId").GetGuid()).ToList();
        Assert.That((drawn.GetProperty("candidates").GetInt32(), picked.Count, drawn.GetProperty("drawnBy").GetString()), Is.EqualTo((5, 2, "finance")));
        foreach (var projectId in projects)
            Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(picked.Contains(projectId) ? new[] { "financeSpotCheck" } : Array.Empty<string>()));
    }

    [Test]
    public async Task ShouldPickTheSameSelfEvaluationsAgainFromTheRecordedSeed()
    {
        await EvaluatedProjectsAsync(2051, 4);
        await DrawAsync(2051, share: 0.5m, seed: null).EnsureSuccessAsync();

        var drawn = (await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>("/api/evaluations/samples?year=2051")).EnumerateArray().Single();

        var items = drawn.GetProperty("items").EnumerateArray().ToList();
        var again = EvaluationSampling.Pick([.. items.Select(i => i.GetProperty("evaluationId").GetGuid())],
            drawn.GetProperty("share").GetDecimal(), drawn.GetProperty("seed").GetInt32());
        Assert.That(again, Is.EquivalentTo(items.Where(i => i.GetProperty("sampled").GetBoolean()).Select(i => i.GetProperty("evaluationId").GetGuid())));
        Assert.That(again, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task ShouldDrawALateSelfEvaluationInTheNextDrawOnly()
    {
        await EvaluatedProjectsAsync(2053, 2);
        await DrawAsync(2053, share: 1m, seed: 7).EnsureSuccessAsync();
        var late = (await EvaluatedProjectsAsync(2053, 1)).Single();

        var second = await (await DrawAsync(2053, share: 1m, seed: 7).EnsureSuccessAsync()).Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("projectId").GetGuid()), Is.EqualTo(new[] { late }));
        Assert.That((await DrawAsync(2053, share: 1m, seed: 7)).StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "nothing left to draw");
    }

    [Test]
    public async Task ShouldLetOnlyFinanceDrawTheSample()
    {
        await EvaluatedProjectsAsync(2055, 1);

        foreach (var user in new[] { "bureau", "dept-a" })
        {
            var response = await (await SignInAsync(user)).PostAsJsonAsync("/api/evaluations/samples", new { budgetYear = 2055, share = 1m });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), user);
        }
    }

    [Test]
    public async Task ShouldRefuseADrawOfABudgetYearThatIsNotOver()
    {
        SetClock(BeijingTime(2057, 3, 1));

        var response = await DrawAsync(2057, share: 1m, seed: 1);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-27" }));
    }

    private async Task<Guid> BudgetedProjectAsync(int year)
    {
        SetClock(BeijingTime(year, 1, 2));
        var project = await ProjectSetup.RegisterAsync(App, Department);
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 450_000m);
        return project.Id;
    }

    /// <summary><paramref name="count"/> projects that spent money in <paramref name="year"/> and submitted its self-evaluation.</summary>
    private async Task<List<Guid>> EvaluatedProjectsAsync(int year, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var projectId = await BudgetedProjectAsync(year);
            await DisburseAsync(projectId, BeijingTime(year, 6, 1), 10_000m);
            ids.Add(projectId);
        }

        SetClock(BeijingTime(year + 1, 1, 4));
        await RunCheckAsync();
        foreach (var projectId in ids)
            await CompleteAsync(projectId, "selfEvaluation", "dept-a", new { budgetYear = year, selfEvaluationSummary = "达到绩效目标" });
        return ids;
    }

    private async Task<HttpResponseMessage> DrawAsync(int year, decimal share, int? seed) =>
        await (await SignInAsync("finance")).PostAsJsonAsync("/api/evaluations/samples", new { budgetYear = year, share, seed });

    private async Task DisburseAsync(Guid projectId, DateTimeOffset at, decimal amount)
    {
        SetClock(at);
        await (await SignInAsync("finance")).PostAsJsonAsync($"/api/projects/{projectId}/payments",
            new { fund = "Construction", amount, purpose = "建设资金", disbursed = true }).EnsureSuccessAsync();
    }

    private async Task RequestOnlyAsync(Guid projectId, DateTimeOffset at)
    {
        SetClock(at);
        await (await SignInAsync("finance")).PostAsJsonAsync($"/api/projects/{projectId}/payments",
            new { fund = "Construction", amount = 30_000m, purpose = "建设资金", disbursed = false }).EnsureSuccessAsync();
    }

    private async Task RunCheckAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AnnualSelfEvaluationJob>().RunAsync(CancellationToken.None);
    }
}
