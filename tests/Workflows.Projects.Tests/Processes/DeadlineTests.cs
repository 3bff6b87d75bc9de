using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Documents;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Processes;

/// <summary>Arts. 18 and 25 in Chinese working days, on the fake clock (start: Monday 2026-03-02, 09:00 Beijing).</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class DeadlineTests(string provider) : NewProjectSteps(provider)
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Test]
    public async Task ShouldDueTheContractFilingFiveWorkingDaysAfterSigning()
    {
        var projectId = await RegisterProjectAsync();
        await RunToContractFilingAsync(projectId);

        var timer = await PendingTimerAsync("contractFilingOverdue");
        Assert.That(timer.DueAt, Is.EqualTo(new DateTimeOffset(2026, 3, 9, 23, 59, 59, Beijing)));
    }

    [Test]
    public async Task ShouldRecordALateContractFilingAfterTheDeadlinePassed()
    {
        var projectId = await RegisterProjectAsync();
        await RunToContractFilingAsync(projectId);
        await FireTimerAsync("contractFilingOverdue");
        await FileContractAndSupervisorAsync();

        var project = await ProjectAsync(projectId);
        Assert.Multiple(() =>
        {
            Assert.That(project.Filings.Single(f => f.Kind == FilingKind.Contract).IsLate, Is.True);
            Assert.That(project.History.Select(h => h.Action), Does.Contain("filing-overdue"));
        });
    }

    [Test]
    public async Task ShouldDueTheAcceptanceReportThirtyWorkingDaysAfterAcceptance()
    {
        await RunToAcceptanceReportAsync(await RegisterProjectAsync());

        var timer = await PendingTimerAsync("acceptanceReportOverdue");
        // 30 working days after 2 March 2026 skip the Qingming holiday (4-6 April).
        Assert.That(timer.DueAt, Is.EqualTo(new DateTimeOffset(2026, 4, 14, 23, 59, 59, Beijing)));
    }

    [Test]
    public async Task ShouldHoldFundingWhenTheAcceptanceReportIsLate()
    {
        var projectId = await RunToAcceptanceReportAsync(await RegisterProjectAsync());
        await FireTimerAsync("acceptanceReportOverdue");

        var project = await ProjectAsync(projectId);
        Assert.Multiple(() =>
        {
            Assert.That(project.FundingStatus, Is.EqualTo(FundingStatus.Held));
            Assert.That(project.FundingHoldReason, Does.Contain("第二十五条"));
        });
    }

    [Test]
    public async Task ShouldReleaseTheFundingHoldWhenTheLateReportIsFiled()
    {
        var projectId = await RunToAcceptanceReportAsync(await RegisterProjectAsync());
        await FireTimerAsync("acceptanceReportOverdue");
        await AttachAsync(projectId, DocumentKind.AcceptanceReport);
        await CompleteAsync("fileAcceptanceReport", ProjectRoles.Department, ("acceptanceReportSummary", "验收报告"));

        var project = await ProjectAsync(projectId);
        Assert.Multiple(() =>
        {
            Assert.That(project.FundingStatus, Is.EqualTo(FundingStatus.Normal));
            Assert.That(project.Filings.Single(f => f.Kind == FilingKind.AcceptanceReport).IsLate, Is.True);
        });
    }
}
