using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence.History;
using Workflows.Persistence.Jobs;
using Workflows.Projects.Domain;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Deadlines;

/// <summary>
/// Art. 18 across the National Day holiday: a contract signed on Monday 2026-09-28 is due at the end of
/// Saturday 2026-10-10, a make-up working day (29 and 30 September, 8, 9 and 10 October; 1-7 October are off).
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class ContractFilingDeadlineTests(string provider) : DeadlineSteps(provider)
{
    private Guid _projectId;

    [SetUp]
    public async Task SignTheContractOnTheMondayBeforeNationalDayAsync()
    {
        await AddUserAsync("dept-a-clerk", ProjectRoles.Department, DepartmentA);
        await AddUserAsync("dept-b-clerk", ProjectRoles.Department, "dept-b");
        await AddUserAsync("town-a-clerk", ProjectRoles.Township, "town-a");
        await AddUserAsync("bureau-head", ProjectRoles.Bureau);
        await AddUserAsync("finance-head", ProjectRoles.Finance);
        SetClock(BeijingTime(2026, 9, 28));
        _projectId = await RegisterProjectAsync();
        await RunToContractFilingAsync(_projectId);
    }

    [Test]
    public async Task ShouldDueTheFilingAtTheEndOfTheMakeUpSaturdayAfterNationalDay()
    {
        var task = await TaskAsync("fileContract");
        Assert.That(task.DueAt, Is.EqualTo(BeijingTime(2026, 10, 10, 23, 59, 59)));
    }

    [Test]
    public async Task ShouldRemindTwoAndOneWorkingDaysBeforeAndOnTheDueDay()
    {
        var reminders = await PendingJobsAsync(JobKind.TaskReminder);
        Assert.That(reminders.Select(job => (job.WorkingDaysBefore, job.DueAt)), Is.EqualTo(new[]
        {
            ((int?)2, BeijingTime(2026, 10, 8)),
            ((int?)1, BeijingTime(2026, 10, 9)),
            ((int?)0, BeijingTime(2026, 10, 10)),
        }));
    }

    [Test]
    public async Task ShouldMailTheDepartmentClerkTwoWorkingDaysBeforeTheDeadline()
    {
        await RunDueJobsAtAsync(BeijingTime(2026, 10, 8));
        var task = await TaskAsync("fileContract");
        Assert.That(await OutboxKeysAsync(), Does.Contain($"reminder:{task.Id}:2:dept-a-clerk"));
    }

    [Test]
    public async Task ShouldRemindNoClerkOfAnotherDepartmentOrTownship()
    {
        await RunDueJobsAtAsync(BeijingTime(2026, 10, 10));
        var reminded = (await OutboxKeysAsync()).Where(key => key.StartsWith("reminder:")).Select(key => key.Split(':')[^1]).Distinct();
        Assert.That(reminded, Is.EqualTo(new[] { "dept-a-clerk" }));
    }

    [Test]
    public async Task ShouldSendEachReminderOnceWhenTheJobsArePolledAgain()
    {
        await RunDueJobsAtAsync(BeijingTime(2026, 10, 8));
        var again = await Host.Services.GetRequiredService<Workflows.Runtime.Timers.TimerJobRunner>().FireDueAsync(CancellationToken.None);
        Assert.That((again, (await OutboxKeysAsync()).Count(key => key.StartsWith("reminder:"))), Is.EqualTo((0, 1)));
    }

    [Test]
    public async Task ShouldMailTheBureauAndFinanceWhenTheFilingIsOverdue()
    {
        var task = await TaskAsync("fileContract");
        await RunDueJobsAtAsync(BeijingTime(2026, 10, 11, 0, 0, 1));
        Assert.That(await OutboxKeysAsync(), Does.Contain($"escalation:{task.Id}:bureau-head").And.Contain($"escalation:{task.Id}:finance-head"));
    }

    [Test]
    public async Task ShouldRecordTheEscalationInTheInstanceHistory()
    {
        var task = await TaskAsync("fileContract");
        await RunDueJobsAtAsync(BeijingTime(2026, 10, 11, 0, 0, 1));
        var escalations = await Host.ReadAsync(db => db.Set<HistoryEntry>().CountAsync(entry => entry.Kind == HistoryKind.DeadlineEscalated && entry.TaskId == task.Id));
        Assert.That(escalations, Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldRecordTheLateFilingWhenTheBoundaryTimerFires()
    {
        await RunDueJobsAtAsync(BeijingTime(2026, 10, 11, 0, 0, 1));
        var project = await ProjectAsync(_projectId);
        Assert.That(project.History.Select(h => h.Action), Does.Contain("filing-overdue"));
    }

    [Test]
    public async Task ShouldDropTheRemindersOfAContractFiledInTime()
    {
        SetClock(BeijingTime(2026, 9, 29));
        await FileContractAndSupervisorAsync();
        var task = await TaskAsync("fileContract");
        var left = await Host.ReadAsync(db => db.Set<JobRecord>().CountAsync(job => job.TaskId == task.Id));
        Assert.That(left, Is.Zero);
    }
}
