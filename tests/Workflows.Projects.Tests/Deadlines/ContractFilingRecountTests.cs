using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence.History;
using Workflows.Projects.Domain.Documents;
using Workflows.Runtime.Calendar;
using Workflows.Runtime.Calendar.AddCalendarYear;
using Workflows.Runtime.Instances.GetInstance;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Deadlines;

/// <summary>
/// Art. 18 across an unscheduled New Year: a contract signed on Monday 2026-12-28 must be filed within 5
/// working days. Without a 2027 schedule New Year's Day counts, so the deadline is the end of Monday 2027-01-04;
/// once the 2027 schedule declares 1 January off, it is the end of Tuesday 2027-01-05.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class ContractFilingRecountTests(string provider) : DeadlineSteps(provider)
{
    private Guid _projectId;
    private Guid _instanceId;

    [SetUp]
    public async Task SignTheContractBeforeTheUnscheduledNewYearAsync()
    {
        Host.Services.GetRequiredService<LiveBusinessCalendar>().Invalidate();
        SetClock(BeijingTime(2026, 12, 28));
        _projectId = await RegisterProjectAsync();
        _instanceId = await RunToContractFilingAsync(_projectId);
    }

    [Test]
    public async Task ShouldDueTheFilingProvisionallyAtTheEndOfTheFirstMondayOf2027()
    {
        var task = await TaskAsync("fileContract");
        Assert.That((task.DueAt, task.DueProvisional), Is.EqualTo(((DateTimeOffset?)BeijingTime(2027, 1, 4, 23, 59, 59), true)));
    }

    [Test]
    public async Task ShouldMoveTheFilingTaskDueWhenTheYearIsAdded()
    {
        await AddNewYearAsync();
        Assert.That((await TaskAsync("fileContract")).DueAt, Is.EqualTo(BeijingTime(2027, 1, 5, 23, 59, 59)));
    }

    [Test]
    public async Task ShouldMoveTheFilingDeadlineVariable()
    {
        await AddNewYearAsync();
        var instance = await Host.QueryAsync(new GetInstance(_instanceId));
        Assert.That(instance.Variables["contractFilingDueAt"].GetDateTimeOffset(), Is.EqualTo(BeijingTime(2027, 1, 5, 23, 59, 59)));
    }

    [Test]
    public async Task ShouldRecordTheVariableChangeWithTheAdmin()
    {
        await AddNewYearAsync();
        var changes = await Host.ReadAsync(db => db.Set<HistoryEntry>().AsNoTracking()
            .Where(entry => entry.Kind == HistoryKind.VariableChanged && entry.VariableName == "contractFilingDueAt")
            .OrderBy(entry => entry.Id).Select(entry => entry.Actor).ToListAsync());
        Assert.That(changes.Last(), Is.EqualTo("bureau"));
    }

    [Test]
    public async Task ShouldMoveTheOverdueTimerOfTheFiling()
    {
        await AddNewYearAsync();
        Assert.That((await PendingTimerAsync("contractFilingOverdue")).DueAt, Is.EqualTo(BeijingTime(2027, 1, 5, 23, 59, 59)));
    }

    [Test]
    public async Task ShouldNotEscalateTheFilingOnTheDayItWasProvisionallyDue()
    {
        await AddNewYearAsync();
        await RunDueJobsAtAsync(BeijingTime(2027, 1, 5, 0, 0, 1));
        var project = await ProjectAsync(_projectId);
        Assert.That(project.History.Select(h => h.Action), Does.Not.Contain("filing-overdue"));
    }

    [Test]
    public async Task ShouldFileInTimeOnTheMovedDueDay()
    {
        await AddNewYearAsync();
        SetClock(BeijingTime(2027, 1, 5, 16));
        await FileContractAndSupervisorAsync();
        var project = await ProjectAsync(_projectId);
        Assert.That(project.Filings.Single(filing => filing.Kind == FilingKind.Contract).IsLate, Is.False);
    }

    private Task<int> AddNewYearAsync() =>
        Host.SendAsync(new AddCalendarYear(2027, [new DateOnly(2027, 1, 1)], [], null, "bureau"));
}
