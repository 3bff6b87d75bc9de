using System.Net;
using System.Net.Http.Json;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Domain;

namespace Workflows.Host.Tests.Construction;

/// <summary>Art. 19: during construction the lead department reports its spending quarter by quarter against the approved budget, on a fake clock.</summary>
public sealed class SpendingReportTests(string provider) : DeadlineFixture(provider)
{
    [Test]
    public async Task ShouldShowEachQuartersSpendingAgainstTheApprovedBudgetOnTheProject()
    {
        var projectId = await ProjectUnderConstructionAsync();

        await ReportAsync("dept-a", projectId, 2026, 2, 120_000m).EnsureSuccessAsync();
        await ReportAsync("dept-a", projectId, 2026, 3, 300_000m).EnsureSuccessAsync();

        var reports = (await ProjectAsync(projectId)).GetProperty("spendingReports").EnumerateArray()
            .Select(r => (r.GetProperty("quarter").GetInt32(), r.GetProperty("spentToDate").GetDecimal(), r.GetProperty("approvedBudget").GetDecimal())).ToList();
        Assert.That(reports, Is.EqualTo(new[] { (2, 120_000m, 400_000m), (3, 300_000m, 400_000m) }));
        Assert.That(await HistoryAsync(projectId), Has.One.Contains("累计支出 300000 元，占批复预算 75%"));
    }

    [Test]
    public async Task ShouldRefuseSpendingBeyondTheApprovedBudget()
    {
        var projectId = await ProjectUnderConstructionAsync();

        var response = await ReportAsync("dept-a", projectId, 2026, 3, 400_001m);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-19" }));
    }

    [Test]
    public async Task ShouldRefuseASpendingReportOutsideConstruction()
    {
        var projectId = await ProjectUnderConstructionAsync(ProjectStage.Budgeted);

        var response = await ReportAsync("dept-a", projectId, 2026, 3, 1_000m);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-19" }));
    }

    [Test]
    public async Task ShouldRefuseAQuarterNotBegunOrReportedTwiceOrLessThanBefore()
    {
        var projectId = await ProjectUnderConstructionAsync();
        await ReportAsync("dept-a", projectId, 2026, 2, 200_000m).EnsureSuccessAsync();

        Assert.That(await ProblemKeysAsync(await ReportAsync("dept-a", projectId, 2026, 4, 250_000m)), Is.EqualTo(new[] { "quarter" }));
        Assert.That((await ReportAsync("dept-a", projectId, 2026, 2, 250_000m)).StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await ProblemKeysAsync(await ReportAsync("dept-a", projectId, 2026, 3, 150_000m)), Is.EqualTo(new[] { "spentToDate" }));
    }

    [Test]
    public async Task ShouldLetOnlyTheLeadDepartmentReport()
    {
        var projectId = await ProjectUnderConstructionAsync();

        foreach (var user in new[] { "dept-b", "finance", "bureau" })
            Assert.That((await ReportAsync(user, projectId, 2026, 3, 1_000m)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), user);
    }

    /// <summary>A project of dept-a with 400,000 yuan approved, on 2026-08-10 (the third quarter).</summary>
    private async Task<Guid> ProjectUnderConstructionAsync(ProjectStage stage = ProjectStage.UnderConstruction)
    {
        SetClock(BeijingTime(2026, 8, 10));
        var project = await ProjectSetup.RegisterAsync(App, Department);
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 400_000m, stage);
        return project.Id;
    }

    private async Task<HttpResponseMessage> ReportAsync(string user, Guid projectId, int year, int quarter, decimal spentToDate) =>
        await (await SignInAsync(user)).PostAsJsonAsync($"/api/projects/{projectId}/spending-reports",
            new { year, quarter, spentToDate, note = "按合同进度支付" });
}
