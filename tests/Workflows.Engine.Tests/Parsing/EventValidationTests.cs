using NUnit.Framework;
using Workflows.Engine.Model;
using Workflows.Engine.Parsing;

namespace Workflows.Engine.Tests.Parsing;

public class EventValidationTests
{
    private const string Messages = "<message id=\"m1\" name=\"Signed\" /><error id=\"e1\" errorCode=\"E1\" /><error id=\"noCode\" />";

    private static string Timer(string definition) =>
        BpmnText.Around($"<intermediateCatchEvent id=\"x\"><timerEventDefinition>{definition}</timerEventDefinition></intermediateCatchEvent>");

    [TestCase("<timeDate>2026-01-01T00:00:00Z</timeDate>", TimerKind.Date)]
    [TestCase("<timeDate>2026-01-01T08:30:00+08:00</timeDate>", TimerKind.Date)]
    [TestCase("<timeDuration>P5D</timeDuration>", TimerKind.Duration)]
    [TestCase("<timeDuration>PT1H</timeDuration>", TimerKind.Duration)]
    [TestCase("<timeDuration>P1Y2M3W4DT5H6M7.5S</timeDuration>", TimerKind.Duration)]
    [TestCase("<timeCycle>R3/PT1H</timeCycle>", TimerKind.Cycle)]
    [TestCase("<timeCycle>R/P1Y</timeCycle>", TimerKind.Cycle)]
    [TestCase("<timeCycle>R2/2026-01-01T09:00:00Z/P1D</timeCycle>", TimerKind.Cycle)]
    [TestCase("<timeDuration>${reminderDelay}</timeDuration>", TimerKind.Duration)]
    [TestCase("<timeCycle>0 0/5 * * * ?</timeCycle>", TimerKind.Cycle)]
    [TestCase("<timeCycle>0 0 9 ? * 2-6 *</timeCycle>", TimerKind.Cycle)]
    public void ShouldAcceptIso8601Timers(string definition, TimerKind kind)
    {
        var node = (IntermediateCatchEvent)BpmnImporter.ImportSingleExecutable(Timer(definition)).Node("x");
        Assert.That(((TimerEventDefinition)node.Definition).Kind, Is.EqualTo(kind));
    }

    [TestCase("<timeDate>tomorrow</timeDate>", "timer: 'tomorrow' is not a valid ISO 8601 date")]
    [TestCase("<timeDuration>5 days</timeDuration>", "timer: '5 days' is not a valid ISO 8601 duration")]
    [TestCase("<timeDuration>P</timeDuration>", "timer: 'P' is not a valid ISO 8601 duration")]
    [TestCase("<timeDuration>PT</timeDuration>", "timer: 'PT' is not a valid ISO 8601 duration")]
    [TestCase("<timeCycle>0 0 25 * * ?</timeCycle>", "timer: '0 0 25 * * ?' is neither an ISO 8601 cycle nor a cron cycle (Quartz: seconds minutes hours day-of-month month day-of-week)")]
    [TestCase("<timeCycle>0 0 9 * * ? 2027</timeCycle>", "timer: '0 0 9 * * ? 2027' is neither an ISO 8601 cycle nor a cron cycle (Quartz: seconds minutes hours day-of-month month day-of-week)")]
    [TestCase("<timeCycle>R3/tomorrow</timeCycle>", "timer: 'R3/tomorrow' is neither an ISO 8601 cycle nor a cron cycle (Quartz: seconds minutes hours day-of-month month day-of-week)")]
    [TestCase("", "timer needs exactly one of timeDate, timeDuration or timeCycle")]
    [TestCase("<timeDate>2026-01-01</timeDate><timeDuration>P1D</timeDuration>", "timer needs exactly one of timeDate, timeDuration or timeCycle")]
    [TestCase("<timeDuration>${a &amp;}</timeDuration>", "timer: bad expression: unexpected token '&' at 3")]
    public void ShouldReportBadTimers(string definition, string message) =>
        Assert.That(BpmnText.Import(Timer(definition)).Problems,
            Is.EqualTo(new[] { new ValidationProblem(BpmnText.FirstBodyLine, "x", message) }));

    [Test]
    public void ShouldRefuseACronCycleOnATimerStartEvent() =>
        Assert.That(BpmnText.Messages(BpmnText.Process("""
            <startEvent id="nightly"><timerEventDefinition><timeCycle>0 0 2 * * ?</timeCycle></timerEventDefinition></startEvent>
            <sequenceFlow id="s1" sourceRef="nightly" targetRef="end" />
            <endEvent id="end" />
            """)), Has.Member("timer: the cron cycle '0 0 2 * * ?' is supported on boundary and intermediate timers; a timer start event needs an ISO 8601 cycle"));

    [Test]
    public void ShouldReportAnErrorEndEventWithoutErrorCode() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<task id=\"x\" />\n<endEvent id=\"e\"><errorEventDefinition errorRef=\"noCode\" /></endEvent>", Messages)),
            Has.Member("error end event needs an errorRef to an <error> with an errorCode"));

    [Test]
    public void ShouldUseAnErrorRefThatNamesNoErrorAsTheErrorCodeWithAWarning()
    {
        var result = BpmnText.Import(BpmnText.Around("<task id=\"x\" />\n<endEvent id=\"e\"><errorEventDefinition errorRef=\"nope\" /></endEvent>", Messages));
        Assert.Multiple(() =>
        {
            Assert.That(result.Problems.Select(problem => problem.Message), Has.None.Contains("errorRef"));
            Assert.That(result.Warnings, Has.Member(new ValidationProblem(BpmnText.FirstBodyLine + 1, "e", "errorRef 'nope' names no <error>: it is used as the error code")));
        });
    }

    [Test]
    public void ShouldReportAMessageEventWithoutMessage() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<intermediateCatchEvent id=\"x\"><messageEventDefinition messageRef=\"nope\" /></intermediateCatchEvent>", Messages)),
            Is.EqualTo(new[] { "message event needs a messageRef to a <message> with a name" }));

    [Test]
    public void ShouldReportAnIntermediateCatchEventWithoutDefinition() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<intermediateCatchEvent id=\"x\" />")),
            Is.EqualTo(new[] { "intermediate catch event needs a message or timer definition" }));

    [Test]
    public void ShouldReportABoundaryEventOnAnUnknownElement() =>
        Assert.That(BpmnText.Import(Boundary("ghost", "<timerEventDefinition><timeDuration>P1D</timeDuration></timerEventDefinition>")).Problems,
            Is.EqualTo(new[] { new ValidationProblem(BpmnText.FirstBodyLine + 1, "b", "boundary event is attached to unknown element 'ghost'") }));

    [Test]
    public void ShouldReportABoundaryEventOnAnEvent() =>
        Assert.That(BpmnText.Messages(Boundary("start", "<timerEventDefinition><timeDuration>P1D</timeDuration></timerEventDefinition>")),
            Is.EqualTo(new[] { "boundary event is attached to 'start', which is not an activity" }));

    [Test]
    public void ShouldReportANonInterruptingErrorBoundary() =>
        Assert.That(BpmnText.Messages(Boundary("x", "<errorEventDefinition />", "cancelActivity=\"false\"")),
            Is.EqualTo(new[] { "an error boundary event always interrupts: cancelActivity=\"false\" is not allowed" }));

    [Test]
    public void ShouldAttachAMessageBoundary()
    {
        var task = (Activity)BpmnImporter.ImportSingleExecutable(Boundary("x", "<messageEventDefinition messageRef=\"m1\" />")).Node("x");
        Assert.That(task.Boundaries.Single().Definition, Is.EqualTo(new MessageEventDefinition("Signed")));
    }

    [Test]
    public void ShouldReportABoundaryWithoutDefinition() =>
        Assert.That(BpmnText.Messages(Boundary("x", "")), Is.EqualTo(new[] { "boundary event needs a message, error or timer definition" }));

    /// <summary>Task x with boundary event b (line 5) attached to <paramref name="attachedTo"/>, leading to end.</summary>
    private static string Boundary(string attachedTo, string definition, string attributes = "") => BpmnText.Around($"""
        <task id="x" />
        <boundaryEvent id="b" attachedToRef="{attachedTo}" {attributes}>{definition}</boundaryEvent>
        <sequenceFlow id="fromB" sourceRef="b" targetRef="end" />
        """, Messages);
}
