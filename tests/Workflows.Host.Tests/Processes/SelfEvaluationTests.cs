using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Domain.Documents;

namespace Workflows.Host.Tests.Processes;

/// <summary>
/// Art. 26, the department's yearly performance self-evaluation, and art. 27, finance's spot check of it, through the API as
/// dept-a and finance, on a fake clock set in budget year 2026.
/// </summary>
public sealed class SelfEvaluationTests(string provider) : DeadlineFixture(provider)
{
    [Test]
    public async Task ShouldRefuseASelfEvaluationOfABudgetYearThatIsNotOver()
    {
        var projectId = await RunToSelfEvaluationAsync();

        var response = await EvaluateAsync(projectId, 2026);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-26" }));
    }

    [Test]
    public async Task ShouldAskForTheNextSelfEvaluationOnceTheFollowingBudgetYearIsOver()
    {
        var projectId = await RunToSelfEvaluationAsync();
        await EvaluateAsync(projectId, 2025).EnsureSuccessAsync();
        await SpotCheckAsync(projectId, "自评属实").EnsureSuccessAsync();
        Assert.That(await OpenActivitiesAsync(projectId), Is.Empty);

        SetClock(BeijingTime(2027, 1, 4));
        await RunDueJobsAsync();

        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "selfEvaluation" }));
    }

    [Test]
    public async Task ShouldRefuseASecondSelfEvaluationOfTheSameBudgetYear()
    {
        var projectId = await RunToSelfEvaluationAsync();
        await EvaluateAsync(projectId, 2025).EnsureSuccessAsync();
        await SpotCheckAsync(projectId, "自评属实").EnsureSuccessAsync();
        SetClock(BeijingTime(2027, 1, 4));
        await RunDueJobsAsync();

        var response = await EvaluateAsync(projectId, 2025);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-26" }));
    }

    [Test]
    public async Task ShouldRecordFinancesSpotCheckOnTheSelfEvaluation()
    {
        var projectId = await RunToSelfEvaluationAsync();
        await EvaluateAsync(projectId, 2025).EnsureSuccessAsync();

        await SpotCheckAsync(projectId, "抽查属实").EnsureSuccessAsync();

        Assert.That(await HistoryAsync(projectId), Has.One.StartsWith("财政抽查 2025 年度绩效自评"));
    }

    [Test]
    public async Task ShouldRefuseASpotCheckWithoutItsResult()
    {
        var projectId = await RunToSelfEvaluationAsync();
        await EvaluateAsync(projectId, 2025).EnsureSuccessAsync();

        var response = await SpotCheckAsync(projectId, result: null);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-27" }));
        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "financeSpotCheck" }));
    }

    /// <summary>From the application on 2026-06-01 to the acceptance report filed on 2026-06-15: the self-evaluation is open.</summary>
    private async Task<Guid> RunToSelfEvaluationAsync()
    {
        SetClock(BeijingTime(2026, 6, 1));
        var projectId = await StartProjectAsync();
        await RunToBudgetedAsync(projectId);
        await ProcureAsync(projectId);
        await SignContractAsync(projectId, 450_000m, Today).EnsureSuccessAsync();
        await FileAndBuildAsync(projectId);
        SetClock(BeijingTime(2026, 6, 15));
        await AcceptAsync(projectId, "pass", Today).EnsureSuccessAsync();
        await UploadAsync(projectId, DocumentKind.AcceptanceReport);
        await CompleteAsync(projectId, "fileAcceptanceReport", "dept-a", new { acceptanceReportSummary = "验收报告" });
        return projectId;
    }

    private Task<HttpResponseMessage> EvaluateAsync(Guid projectId, int budgetYear) =>
        SubmitAsync(projectId, "selfEvaluation", "dept-a", new { budgetYear, selfEvaluationSummary = "达到绩效目标", systemsRetired = false });

    private Task<HttpResponseMessage> SpotCheckAsync(Guid projectId, string? result) =>
        SubmitAsync(projectId, "financeSpotCheck", "finance", result is null
            ? new { spotChecked = true }
            : (object)new { spotChecked = true, spotCheckResult = result });
}
