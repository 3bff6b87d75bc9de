using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence.Jobs;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Calendar;
using Workflows.Runtime.Calendar.AddCalendarYear;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Calendar;

/// <summary>
/// A task due on Wednesday 2027-02-10 is opened before the 2027 schedule is published: its reminders are
/// computed on weekends alone and flagged provisional. Adding the schedule moves them.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class ProvisionalDeadlineTests(string provider) : ProviderFixture(provider)
{
    private const string Process = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://example.org/tests">
          <process id="report-2027" isExecutable="true">
            <startEvent id="start" />
            <sequenceFlow id="toReport" sourceRef="start" targetRef="report" />
            <userTask id="report" name="提交年度报告" camunda:candidateGroups="department" camunda:dueDate="2027-02-10T23:59:59+08:00" />
            <sequenceFlow id="toDone" sourceRef="report" targetRef="done" />
            <endEvent id="done" />
          </process>
        </definitions>
        """;

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [SetUp]
    public async Task OpenATaskDueInTheUnscheduledYearAsync()
    {
        Host.Services.GetRequiredService<LiveBusinessCalendar>().Invalidate();
        await PublishAsync("report-2027", Process);
        await StartAsync("report-2027");
    }

    [Test]
    public async Task ShouldFlagATaskDueInAYearWithoutScheduleAsProvisional()
    {
        Assert.That((await TaskAsync()).DueProvisional, Is.True);
    }

    [Test]
    public async Task ShouldMoveTheRemindersOffTheDaysTheNewScheduleDeclaresOff()
    {
        await Host.SendAsync(new AddCalendarYear(2027, [new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 9)], [], null, "bureau"));
        Assert.That(await ReminderTimesAsync(), Is.EqualTo(new[]
        {
            new DateTimeOffset(2027, 2, 4, 9, 0, 0, Beijing),
            new DateTimeOffset(2027, 2, 5, 9, 0, 0, Beijing),
            new DateTimeOffset(2027, 2, 10, 9, 0, 0, Beijing),
        }));
    }

    [Test]
    public async Task ShouldClearTheProvisionalFlagOnceTheYearIsScheduled()
    {
        await Host.SendAsync(new AddCalendarYear(2027, [new DateOnly(2027, 2, 8)], [], null, "bureau"));
        Assert.That((await TaskAsync()).DueProvisional, Is.False);
    }

    private Task<UserTaskRecord> TaskAsync() =>
        Host.ReadAsync(db => db.Set<UserTaskRecord>().AsNoTracking().SingleAsync(task => task.ActivityId == "report"));

    private async Task<List<DateTimeOffset>> ReminderTimesAsync()
    {
        var jobs = await Host.ReadAsync(db => db.Set<JobRecord>().AsNoTracking()
            .Where(job => job.Kind == JobKind.TaskReminder && job.Status == JobStatus.Pending).ToListAsync());
        return jobs.Select(job => job.DueAt).Order().ToList();
    }
}
