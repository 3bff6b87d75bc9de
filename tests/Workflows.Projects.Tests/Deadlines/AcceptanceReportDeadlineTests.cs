using Workflows.Projects.Domain;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Deadlines;

/// <summary>Art. 25: the acceptance report is due 30 working days after acceptance; late, the project's money is held.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class AcceptanceReportDeadlineTests(string provider) : DeadlineSteps(provider)
{
    [Test]
    public async Task ShouldHoldFundingWhenTheTimerRunnerFiresTheOverdueReport()
    {
        // Accepted on Monday 2026-03-02: 30 working days skip Qingming (4-6 April), due at the end of 14 April.
        var projectId = await RunToAcceptanceReportAsync(await RegisterProjectAsync());
        await RunDueJobsAtAsync(BeijingTime(2026, 4, 15, 0, 0, 1));
        Assert.That((await ProjectAsync(projectId)).FundingStatus, Is.EqualTo(FundingStatus.Held));
    }

    [Test]
    public async Task ShouldKeepFundingOnTheLastDayOfTheDeadline()
    {
        var projectId = await RunToAcceptanceReportAsync(await RegisterProjectAsync());
        await RunDueJobsAtAsync(BeijingTime(2026, 4, 14, 23, 59, 0));
        Assert.That((await ProjectAsync(projectId)).FundingStatus, Is.EqualTo(FundingStatus.Normal));
    }
}
