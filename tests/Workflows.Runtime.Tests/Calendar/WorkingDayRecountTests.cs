using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence.History;
using Workflows.Persistence.Jobs;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Calendar;
using Workflows.Runtime.Calendar.AddCalendarYear;
using Workflows.Runtime.Calendar.AddLocalDayOff;
using Workflows.Runtime.Instances.GetInstance;
using Workflows.Runtime.Tests.Support;
using Workflows.Runtime.Timers;

namespace Workflows.Runtime.Tests.Calendar;

/// <summary>
/// On Thursday 2026-12-24 a task is due in 10 working days and a timer waits 10 working days. 2027 has no
/// schedule yet, so New Year's Day 2027 (a Friday) is counted as a working day: both are due on Thursday
/// 2027-01-07. Adding the 2027 schedule, or a local day off inside the span, moves them to Friday 2027-01-08.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class WorkingDayRecountTests(string provider) : ProviderFixture(provider)
{
    private const string TaskProcess = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://example.org/tests">
          <process id="recount-task" isExecutable="true">
            <startEvent id="start" />
            <sequenceFlow id="toReview" sourceRef="start" targetRef="review" />
            <userTask id="review" name="审核" camunda:candidateGroups="bureau" camunda:dueDate="P10D">
              <extensionElements>
                <camunda:properties><camunda:property name="calendar" value="cn-working-days" /></camunda:properties>
              </extensionElements>
            </userTask>
            <sequenceFlow id="toDone" sourceRef="review" targetRef="done" />
            <endEvent id="done" />
          </process>
        </definitions>
        """;

    private const string TimerProcess = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://example.org/tests">
          <process id="recount-timer" isExecutable="true">
            <startEvent id="start" />
            <sequenceFlow id="toWait" sourceRef="start" targetRef="wait" />
            <intermediateCatchEvent id="wait" name="等待十个工作日">
              <extensionElements>
                <camunda:properties><camunda:property name="calendar" value="cn-working-days" /></camunda:properties>
              </extensionElements>
              <timerEventDefinition><timeDuration>P10D</timeDuration></timerEventDefinition>
            </intermediateCatchEvent>
            <sequenceFlow id="toDone" sourceRef="wait" targetRef="done" />
            <endEvent id="done" />
          </process>
        </definitions>
        """;

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset ChristmasEve = new(2026, 12, 24, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OldDue = new(2027, 1, 7, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NewDue = new(2027, 1, 8, 1, 0, 0, TimeSpan.Zero);

    private Guid _earlyInstance;
    private Guid _timerInstance;

    [SetUp]
    public async Task OpenDeadlinesAcrossTheUnscheduledNewYearAsync()
    {
        Host.Services.GetRequiredService<LiveBusinessCalendar>().Invalidate();
        await PublishAsync("recount-task", TaskProcess);
        await PublishAsync("recount-timer", TimerProcess);
        Host.Time.AdjustTime(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        _earlyInstance = (await StartAsync("recount-task")).InstanceId;
        Host.Time.AdjustTime(ChristmasEve);
        await StartAsync("recount-task");
        _timerInstance = (await StartAsync("recount-timer")).InstanceId;
    }

    [Test]
    public async Task ShouldCountTheTaskDueOnWeekendsAloneBeforeTheYearIsScheduled()
    {
        var task = await CrossingTaskAsync();
        Assert.That((task.DueAt, task.DueProvisional), Is.EqualTo(((DateTimeOffset?)OldDue, true)));
    }

    [Test]
    public async Task ShouldMoveTheTaskDueWhenTheYearIsAdded()
    {
        await AddNewYearAsync();
        var task = await CrossingTaskAsync();
        Assert.That((task.DueAt, task.DueProvisional), Is.EqualTo(((DateTimeOffset?)NewDue, false)));
    }

    [Test]
    public async Task ShouldRecordTheMovedDueInTheHistoryWithTheAdmin()
    {
        await AddNewYearAsync();
        var task = await CrossingTaskAsync();
        var moves = await Host.ReadAsync(db => db.Set<HistoryEntry>().AsNoTracking()
            .Where(entry => entry.Kind == HistoryKind.DeadlineMoved && entry.TaskId == task.Id).ToListAsync());
        Assert.That(moves.Select(entry => entry.Actor), Is.EqualTo(new[] { "bureau" }));
    }

    /// <summary>The reminder on the due day would be at 09:00, the due instant itself, so there is none.</summary>
    [Test]
    public async Task ShouldMoveTheRemindersAndTheEscalationWithTheDue()
    {
        await AddNewYearAsync();
        var task = await CrossingTaskAsync();
        var jobs = await Host.ReadAsync(db => db.Set<JobRecord>().AsNoTracking()
            .Where(job => job.TaskId == task.Id && job.Status == JobStatus.Pending).ToListAsync());
        Assert.That(jobs.Select(job => (job.Kind, job.DueAt)).OrderBy(job => job.DueAt), Is.EqualTo(new[]
        {
            (JobKind.TaskReminder, new DateTimeOffset(2027, 1, 6, 9, 0, 0, Beijing)),
            (JobKind.TaskReminder, new DateTimeOffset(2027, 1, 7, 9, 0, 0, Beijing)),
            (JobKind.TaskEscalation, NewDue.AddSeconds(1)),
        }));
    }

    [Test]
    public async Task ShouldMoveTheTaskDueWhenALocalDayOffFallsInsideItsSpan()
    {
        await Host.SendAsync(new AddLocalDayOff(new DateOnly(2026, 12, 30), "县庆", "bureau"));
        Assert.That((await CrossingTaskAsync()).DueAt, Is.EqualTo(NewDue));
    }

    [Test]
    public async Task ShouldLeaveADeadlineOutsideTheAddedYearUntouched()
    {
        await AddNewYearAsync();
        var early = await Host.ReadAsync(db => db.Set<UserTaskRecord>().AsNoTracking().SingleAsync(task => task.InstanceId == _earlyInstance));
        Assert.That(early.DueAt, Is.EqualTo(new DateTimeOffset(2026, 3, 16, 1, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task ShouldMoveTheWorkingDayTimerWhenTheYearIsAdded()
    {
        await AddNewYearAsync();
        var timer = await TimerJobAsync();
        Assert.That((timer.DueAt, timer.DueProvisional), Is.EqualTo((NewDue, false)));
    }

    [Test]
    public async Task ShouldNotFireTheMovedTimerAtItsOldDue()
    {
        await AddNewYearAsync();
        Host.Time.AdjustTime(OldDue.AddMinutes(1));
        await Host.Services.GetRequiredService<TimerJobRunner>().FireDueAsync(CancellationToken.None);
        Assert.That((await TimerJobAsync()).Status, Is.EqualTo(JobStatus.Pending));
    }

    [Test]
    public async Task ShouldFireTheMovedTimerAtItsNewDue()
    {
        await AddNewYearAsync();
        Host.Time.AdjustTime(NewDue.AddMinutes(1));
        await Host.Services.GetRequiredService<TimerJobRunner>().FireDueAsync(CancellationToken.None);
        var instance = await Host.QueryAsync(new GetInstance(_timerInstance));
        Assert.That(instance.Status, Is.EqualTo(Workflows.Engine.Execution.InstanceStatus.Completed));
    }

    private Task<int> AddNewYearAsync() =>
        Host.SendAsync(new AddCalendarYear(2027, [new DateOnly(2027, 1, 1)], [], null, "bureau"));

    private Task<UserTaskRecord> CrossingTaskAsync() =>
        Host.ReadAsync(db => db.Set<UserTaskRecord>().AsNoTracking().SingleAsync(task => task.InstanceId != _earlyInstance));

    private Task<JobRecord> TimerJobAsync() =>
        Host.ReadAsync(db => db.Set<JobRecord>().AsNoTracking().SingleAsync(job => job.InstanceId == _timerInstance && job.Kind == JobKind.Timer));
}
