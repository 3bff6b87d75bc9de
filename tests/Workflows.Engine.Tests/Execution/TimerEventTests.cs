using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

public sealed class TimerEventTests
{
    private const string CalendarProperty =
        """<extensionElements><camunda:properties><camunda:property name="calendar" value="cn" /></camunda:properties></extensionElements>""";

    private static string YearlyOnly => Bpmn.Process("self-evaluation", $"""
        <startEvent id="yearly"><timerEventDefinition><timeCycle>R/P1Y</timeCycle></timerEventDefinition></startEvent>
        {Bpmn.Flow("f1", "yearly", "evaluate")}
        <userTask id="evaluate" />
        {Bpmn.Flow("f2", "evaluate", "end")}
        <endEvent id="end" />
        """);

    private static string Delay(string timer, string extensions = "") => Bpmn.Process("delay", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "wait")}
        <intermediateCatchEvent id="wait">{extensions}<timerEventDefinition>{timer}</timerEventDefinition></intermediateCatchEvent>
        {Bpmn.Flow("f2", "wait", "next")}
        <userTask id="next" />
        {Bpmn.Flow("f3", "next", "end")}
        <endEvent id="end" />
        """);

    private static string ReviewWithTimer(bool interrupting, string timer) => Bpmn.Process("review-deadline", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "review")}
        <userTask id="review" />
        <boundaryEvent id="deadline" attachedToRef="review" cancelActivity="{(interrupting ? "true" : "false")}">
          <timerEventDefinition>{timer}</timerEventDefinition>
        </boundaryEvent>
        {Bpmn.Flow("f2", "review", "end")}
        {Bpmn.Flow("f3", "deadline", "remind")}
        <userTask id="remind" />
        {Bpmn.Flow("f4", "remind", "remindEnd")}
        <endEvent id="remindEnd" />
        <endEvent id="end" />
        """);

    [Test]
    public async Task ShouldScheduleADurationFromTheFakeNow()
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(harness.Deploy(Delay("<timeDuration>PT2H</timeDuration>")));

        Assert.That(harness.Timer(instance, "wait").DueAt, Is.EqualTo(harness.Time.GetUtcNow().AddHours(2)));
    }

    [Test]
    public async Task ShouldScheduleAnIsoDate()
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(harness.Deploy(Delay("<timeDate>2026-04-01T08:00:00+08:00</timeDate>")));

        Assert.That(harness.Timer(instance, "wait").DueAt, Is.EqualTo(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task ShouldCountWorkingDaysWhenTheTimerNamesACalendar()
    {
        // Art. 18: a contract is filed within 5 working days; from a Friday that is the next Friday.
        var harness = new EngineHarness { Calendar = new WeekendCalendar() };
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 3, 6, 9, 0, 0, TimeSpan.Zero));

        var instance = await harness.StartAsync(harness.Deploy(Delay("<timeDuration>P5D</timeDuration>", CalendarProperty)));

        Assert.That(harness.Timer(instance, "wait").DueAt, Is.EqualTo(new DateTimeOffset(2026, 3, 13, 9, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task ShouldEvaluateATimerExpression()
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(harness.Deploy(Delay("<timeDuration>${wait}</timeDuration>")), new { wait = "PT30M" });

        Assert.That(harness.Timer(instance, "wait").DueAt, Is.EqualTo(harness.Time.GetUtcNow().AddMinutes(30)));
    }

    [Test]
    public async Task ShouldContinueWhenTheCatchTimerFires()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Delay("<timeDuration>PT2H</timeDuration>")));

        await harness.FireAsync(instance, "wait");

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "next" }));
    }

    [Test]
    public async Task ShouldCancelTheTaskWhenAnInterruptingTimerFires()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(ReviewWithTimer(interrupting: true, "<timeDuration>P1D</timeDuration>")));

        await harness.FireAsync(instance, "deadline");

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "remind" }));
        Assert.That(harness.Events.OfType<ActivityEnded>().Single(e => e.ActivityId == "review").Cancelled, Is.True);
    }

    [Test]
    public async Task ShouldCancelTheBoundaryTimerWhenTheTaskCompletesFirst()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(ReviewWithTimer(interrupting: true, "<timeDuration>P1D</timeDuration>")));
        var jobId = harness.Timer(instance, "deadline").JobId;

        await harness.CompleteAsync(instance, "review");

        Assert.That(harness.Events.OfType<TimerCancelled>().Single().JobId, Is.EqualTo(jobId));
        Assert.That(harness.OpenTimers, Is.Empty);
    }

    [Test]
    public async Task ShouldKeepTheTaskAndRescheduleANonInterruptingCycle()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(ReviewWithTimer(interrupting: false, "<timeCycle>R3/PT1H</timeCycle>")));
        var firstDue = harness.Timer(instance, "deadline").DueAt;

        await harness.FireAsync(instance, "deadline");

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "remind", "review" }));
        Assert.That(harness.Timer(instance, "deadline").DueAt, Is.EqualTo(firstDue.AddHours(1)));
    }

    [Test]
    public async Task ShouldRescheduleACronCycleAtItsNextOccurrence()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(ReviewWithTimer(interrupting: false, "<timeCycle>0 0/5 * * * ?</timeCycle>")));
        Assert.That(harness.Timer(instance, "deadline").DueAt, Is.EqualTo(new DateTimeOffset(2026, 3, 2, 9, 5, 0, TimeSpan.Zero)));

        await harness.FireAsync(instance, "deadline");
        await harness.FireAsync(instance, "deadline");

        Assert.That(harness.Tasks(instance, "remind"), Has.Exactly(2).Items);
        Assert.That(harness.Timer(instance, "deadline").DueAt, Is.EqualTo(new DateTimeOffset(2026, 3, 2, 9, 15, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task ShouldReadQuartzDayNumbersFromSundayAsOne()
    {
        var harness = new EngineHarness();

        // Monday 2 March 2026, 09:00: Quartz day 3 is Tuesday, so the first firing is the next morning.
        var instance = await harness.StartAsync(harness.Deploy(ReviewWithTimer(interrupting: false, "<timeCycle>0 0 9 ? * 3</timeCycle>")));

        Assert.That(harness.Timer(instance, "deadline").DueAt, Is.EqualTo(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task ShouldStopACycleAfterItsRepetitions()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(ReviewWithTimer(interrupting: false, "<timeCycle>R3/PT1H</timeCycle>")));

        for (var i = 0; i < 3; i++)
            await harness.FireAsync(instance, "deadline");

        Assert.That(harness.Tasks(instance, "remind"), Has.Exactly(3).Items);
        Assert.That(harness.OpenTimers, Is.Empty);
    }

    [Test]
    public async Task ShouldRejectFiringAJobThatIsNotScheduled()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Delay("<timeDuration>PT2H</timeDuration>")));

        Assert.That(async () => await harness.Engine.FireTimerAsync(harness.Session, instance, Guid.NewGuid()),
            Throws.TypeOf<EventWaitNotFoundException>());
    }

    [Test]
    public async Task ShouldStartAtATimerStartEventWhenTheTimerLayerNamesIt()
    {
        var harness = new EngineHarness();
        var definition = harness.Deploy(Bpmn.Process("nightly-report", $"""
            <startEvent id="manualStart" />
            {Bpmn.Flow("f1", "manualStart", "manual")}
            <userTask id="manual" />
            {Bpmn.Flow("f2", "manual", "end")}
            <startEvent id="nightly"><timerEventDefinition><timeCycle>R/P1D</timeCycle></timerEventDefinition></startEvent>
            {Bpmn.Flow("f3", "nightly", "report")}
            <userTask id="report" />
            {Bpmn.Flow("f4", "report", "end")}
            <endEvent id="end" />
            """));

        var result = await harness.Engine.StartAsync(harness.Session, definition, new StartRequest(null, null, "timer", StartEventId: "nightly"));
        harness.Record(result);

        Assert.That(harness.OpenTaskActivities(result.TouchedInstances[0]), Is.EqualTo(new[] { "report" }));
    }

    [Test]
    public void ShouldRefuseToStartATimerOnlyProcessWithoutNamingItsStartEvent()
    {
        var harness = new EngineHarness();
        var definition = harness.Deploy(YearlyOnly);

        var refused = Assert.ThrowsAsync<EngineException>(async () =>
            await harness.Engine.StartAsync(harness.Session, definition, new StartRequest(null, null, "admin")));

        Assert.That(refused!.Message, Does.Contain("'self-evaluation'").And.Contain("timer"));
    }
}
