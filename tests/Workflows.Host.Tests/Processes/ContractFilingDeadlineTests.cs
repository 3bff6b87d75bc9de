using System.Net;
using System.Net.Http.Json;
using Workflows.Host.Tests.Browser;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Processes;

/// <summary>Art. 18: the contract is filed within 5 working days of the signing date entered, with the bureau and the county finance bureau.</summary>
public sealed class ContractFilingDeadlineTests(string provider) : DeadlineFixture(provider)
{
    /// <summary>Signed Tuesday 15 September 2026: 16, 17, 18, Sunday 20 (a make-up working day before National Day) and 21 September.</summary>
    [Test]
    public async Task ShouldDueTheFilingFiveWorkingDaysAfterTheSigningDateEntered()
    {
        var projectId = await RunToSigningOnAsync(BeijingTime(2026, 9, 14));
        SetClock(BeijingTime(2026, 9, 17, 10));

        await SignContractAsync(projectId, 450_000m, "2026-09-15").EnsureSuccessAsync();

        var task = await TaskAsync(projectId, "fileContract", "dept-a");
        Assert.That((task.DueAt, task.Overdue), Is.EqualTo(((DateTimeOffset?)BeijingTime(2026, 9, 21, 23, 59, 59), false)));
    }

    [Test]
    public async Task ShouldRefuseASigningDateInTheFuture()
    {
        var projectId = await RunToSigningOnAsync(BeijingTime(2026, 9, 14));

        var response = await SignContractAsync(projectId, 450_000m, "2026-09-15");

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "contractSignedOn" }));
    }

    [Test]
    public async Task ShouldRefuseASigningDateBeforeTheProcurement()
    {
        var projectId = await RunToSigningOnAsync(BeijingTime(2026, 9, 14));

        var response = await SignContractAsync(projectId, 450_000m, "2026-09-11");

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "contractSignedOn" }));
    }

    [Test]
    public async Task ShouldMarkTheFilingOverdueAtOnceWhenTheSigningDateIsEnteredLate()
    {
        var projectId = await RunToSigningOnAsync(BeijingTime(2026, 8, 3));
        SetClock(BeijingTime(2026, 8, 20));

        await SignContractAsync(projectId, 450_000m, "2026-08-04").EnsureSuccessAsync();

        var task = await TaskAsync(projectId, "fileContract", "dept-a");
        Assert.That((task.DueAt, task.Overdue), Is.EqualTo(((DateTimeOffset?)BeijingTime(2026, 8, 11, 23, 59, 59), true)));
    }

    [Test]
    public async Task ShouldEscalateALateEnteredSigningToTheBureauAndFinanceAtOnce()
    {
        var projectId = await RunToSigningOnAsync(BeijingTime(2026, 8, 3));
        SetClock(BeijingTime(2026, 8, 20));
        await SignContractAsync(projectId, 450_000m, "2026-08-04").EnsureSuccessAsync();
        var task = await TaskAsync(projectId, "fileContract", "dept-a");

        await RunDueJobsAsync();

        await Eventually.HoldsAsync(async () => (await OutboxKeysAsync()).Contains($"escalation:{task.Id}:bureau")
            && (await OutboxKeysAsync()).Contains($"escalation:{task.Id}:finance"));
        await Eventually.HoldsAsync(async () => (await HistoryAsync(projectId)).Any(change => change.StartsWith("合同备案逾期")));
    }

    [Test]
    public async Task ShouldShowTheFilingsWithTheBureauAndWithFinance()
    {
        var projectId = await RunToSigningOnAsync(BeijingTime(2026, 9, 14));
        await SignContractAsync(projectId, 450_000m, Today).EnsureSuccessAsync();
        await CompleteAsync(projectId, "fileContract", "dept-a", new { contractFilingNote = "" });

        await CompleteAsync(projectId, "financeContractReceipt", "finance", new { financeReceiptNote = "已签收" });

        var filings = (await ProjectAsync(projectId)).GetProperty("filings").EnumerateArray().Select(f => f.GetProperty("kind").GetString());
        Assert.That(filings, Is.EquivalentTo(new[] { "Contract", "ContractWithFinance" }));
    }

    [Test]
    public async Task ShouldGiveFinanceTheFilingToAcknowledgeBesideTheSupervisorFiling()
    {
        var projectId = await RunToSigningOnAsync(BeijingTime(2026, 9, 14));
        await SignContractAsync(projectId, 450_000m, Today).EnsureSuccessAsync();

        await CompleteAsync(projectId, "fileContract", "dept-a", new { contractFilingNote = "" });

        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "fileSupervisor", "financeContractReceipt" }));
        var task = await TaskAsync(projectId, "financeContractReceipt", "finance");
        var byClerk = await (await SignInAsync("dept-a")).PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { variables = new { financeReceiptNote = "" } });
        Assert.That(byClerk.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task<Guid> RunToSigningOnAsync(DateTimeOffset day)
    {
        SetClock(day);
        var projectId = await StartProjectAsync();
        await RunToBudgetedAsync(projectId);
        await ProcureAsync(projectId);
        return projectId;
    }
}
