using Workflows.Host.Tests.Browser;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Processes;

/// <summary>Art. 25: the acceptance report is filed within 30 working days of the acceptance date entered.</summary>
public sealed class AcceptanceReportDeadlineTests(string provider) : DeadlineFixture(provider)
{
    [Test]
    public async Task ShouldDueTheReportThirtyWorkingDaysAfterTheAcceptanceDateEntered()
    {
        var projectId = await RunToAcceptanceOnAsync(BeijingTime(2026, 6, 15));
        SetClock(BeijingTime(2026, 6, 24));

        await AcceptAsync(projectId, "pass", "2026-06-22").EnsureSuccessAsync();

        var task = await TaskAsync(projectId, "fileAcceptanceReport", "dept-a");
        Assert.That((task.DueAt, task.Overdue), Is.EqualTo(((DateTimeOffset?)BeijingTime(2026, 8, 3, 23, 59, 59), false)));
    }

    [Test]
    public async Task ShouldRefuseAnAcceptanceDateInTheFuture()
    {
        var projectId = await RunToAcceptanceOnAsync(BeijingTime(2026, 6, 15));

        var response = await AcceptAsync(projectId, "pass", "2026-06-16");

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "acceptedOn" }));
    }

    [Test]
    public async Task ShouldRefuseAnAcceptanceDateBeforeTheConstructionWasComplete()
    {
        var projectId = await RunToAcceptanceOnAsync(BeijingTime(2026, 6, 15));
        SetClock(BeijingTime(2026, 6, 24));

        var response = await AcceptAsync(projectId, "pass", "2026-06-12");

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "acceptedOn" }));
    }

    [Test]
    public async Task ShouldEscalateAReportOverdueAtOnceWhenTheAcceptanceDateIsEnteredLate()
    {
        var projectId = await RunToAcceptanceOnAsync(BeijingTime(2026, 6, 15));
        SetClock(BeijingTime(2026, 8, 10));
        await AcceptAsync(projectId, "pass", "2026-06-22").EnsureSuccessAsync();
        var task = await TaskAsync(projectId, "fileAcceptanceReport", "dept-a");
        Assert.That(task.Overdue, Is.True);

        await RunDueJobsAsync();

        await Eventually.HoldsAsync(async () => (await OutboxKeysAsync()).Contains($"escalation:{task.Id}:bureau"));
        await Eventually.HoldsAsync(async () => (await HistoryAsync(projectId)).Any(change => change.StartsWith("暂停拨付")));
    }

    private async Task<Guid> RunToAcceptanceOnAsync(DateTimeOffset day)
    {
        SetClock(day);
        var projectId = await StartProjectAsync();
        await RunToBudgetedAsync(projectId);
        await ProcureAsync(projectId);
        await SignContractAsync(projectId, 450_000m, Today).EnsureSuccessAsync();
        await FileAndBuildAsync(projectId);
        return projectId;
    }
}
