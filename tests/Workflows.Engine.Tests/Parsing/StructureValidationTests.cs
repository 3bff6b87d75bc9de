using NUnit.Framework;
using Workflows.Engine.Parsing;

namespace Workflows.Engine.Tests.Parsing;

public class StructureValidationTests
{
    [Test]
    public void ShouldAcceptAMinimalProcess() =>
        Assert.That(BpmnText.Import(BpmnText.Around("<task id=\"x\" />")).IsValid, Is.True);

    [Test]
    public void ShouldReportADocumentWithoutProcess() =>
        Assert.That(BpmnText.Messages(BpmnText.Process("").Replace("<process id=\"p\" isExecutable=\"true\">\n\n</process>", "")),
            Is.EqualTo(new[] { "the document has no process" }));

    [Test]
    public void ShouldReportADocumentWithoutExecutableProcess() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<task id=\"x\" />").Replace("isExecutable=\"true\"", "isExecutable=\"false\"")),
            Is.EqualTo(new[] { "the document has no executable process (isExecutable=\"true\")" }));

    [Test]
    public void ShouldReportAProcessWithoutStartEvent() =>
        Assert.That(BpmnText.Import(BpmnText.Process("<endEvent id=\"end\" />")).Problems,
            Has.One.EqualTo(new ValidationProblem(3, "p", "process has no none start event or timer start event")));

    [Test]
    public void ShouldAcceptAProcessThatStartsOnItsTimerOnly() =>
        Assert.That(BpmnText.Messages(BpmnText.Process("""
            <startEvent id="yearly"><timerEventDefinition><timeCycle>R/P1Y</timeCycle></timerEventDefinition></startEvent>
            <sequenceFlow id="s1" sourceRef="yearly" targetRef="end" />
            <endEvent id="end" />
            """)), Is.Empty);

    [Test]
    public void ShouldReportTwoNoneStartEvents() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<task id=\"x\" />\n<startEvent id=\"start2\" />\n<sequenceFlow id=\"s2\" sourceRef=\"start2\" targetRef=\"x\" />")),
            Is.EqualTo(new[] { "process has 2 none start events; exactly one is supported" }));

    [Test]
    public void ShouldReportASubProcessWithoutStartEvent() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<subProcess id=\"x\"><task id=\"inner\" /></subProcess>")),
            Is.EquivalentTo(new[] { "sub-process has no none start event", "no incoming sequence flow" }));

    [Test]
    public void ShouldReportATimerStartEventInASubProcess() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("""
            <subProcess id="x">
              <startEvent id="innerStart" />
              <startEvent id="innerTimer"><timerEventDefinition><timeDuration>P1D</timeDuration></timerEventDefinition></startEvent>
              <sequenceFlow id="i1" sourceRef="innerStart" targetRef="innerEnd" />
              <sequenceFlow id="i2" sourceRef="innerTimer" targetRef="innerEnd" />
              <endEvent id="innerEnd" />
            </subProcess>
            """)), Is.EqualTo(new[] { "a sub-process start event must be a none start event" }));

    [Test]
    public void ShouldReportABoundaryEventDeclaredOutsideItsActivitysScope() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("""
            <subProcess id="x">
              <startEvent id="innerStart" />
              <sequenceFlow id="i1" sourceRef="innerStart" targetRef="innerTask" />
              <task id="innerTask" />
              <sequenceFlow id="i2" sourceRef="innerTask" targetRef="innerEnd" />
              <endEvent id="innerEnd" />
            </subProcess>
            <boundaryEvent id="b" attachedToRef="innerTask"><timerEventDefinition><timeDuration>P1D</timeDuration></timerEventDefinition></boundaryEvent>
            """)), Is.EqualTo(new[] { "boundary event must be declared in the same scope as 'innerTask'" }));

    [Test]
    public void ShouldReportAFlowToAnUnknownNode() =>
        Assert.That(BpmnText.Import(BpmnText.Around("<task id=\"x\" />\n<sequenceFlow id=\"lost\" sourceRef=\"x\" targetRef=\"nowhere\" />")).Problems,
            Has.One.EqualTo(new ValidationProblem(BpmnText.FirstBodyLine + 1, "lost", "sequence flow targetRef 'nowhere' is not a node of this process")));

    [Test]
    public void ShouldReportANodeWithoutIncomingFlow() =>
        Assert.That(BpmnText.Import(BpmnText.Around("<task id=\"x\" />\n<task id=\"orphan\" />\n<sequenceFlow id=\"o\" sourceRef=\"orphan\" targetRef=\"end\" />")).Problems,
            Is.EqualTo(new[] { new ValidationProblem(BpmnText.FirstBodyLine + 1, "orphan", "no incoming sequence flow") }));

    [Test]
    public void ShouldWarnThatANodeWithoutOutgoingFlowIsAnImplicitEnd()
    {
        var result = BpmnText.Import(BpmnText.Process("<startEvent id=\"start\" />\n<sequenceFlow id=\"f\" sourceRef=\"start\" targetRef=\"x\" />\n<task id=\"x\" />"));
        Assert.Multiple(() =>
        {
            Assert.That(result.Problems, Is.Empty);
            Assert.That(result.Warnings, Is.EqualTo(new[]
            {
                new ValidationProblem(BpmnText.FirstBodyLine + 2, "x", "no outgoing sequence flow: the path ends here (implicit end, BPMN 2.0 §13.2)"),
            }));
        });
    }

    [Test]
    public void ShouldGiveASequenceFlowWithoutIdAStableIdBuiltFromItsEnds()
    {
        var xml = BpmnText.Process("""
            <startEvent id="start" />
            <sequenceFlow sourceRef="start" targetRef="end" />
            <sequenceFlow id="flow_start_end" sourceRef="start" targetRef="end" />
            <endEvent id="end" />
            """);
        var first = BpmnText.Import(xml);
        Assert.Multiple(() =>
        {
            Assert.That(first.Problems, Is.Empty);
            Assert.That(first.Document!.Processes[0].NodesById["start"].Outgoing.Select(flow => flow.Id),
                Is.EqualTo(new[] { "flow_start_end_2", "flow_start_end" }));
            Assert.That(BpmnText.Import(xml).Document!.Processes[0].NodesById["start"].Outgoing[0].Id, Is.EqualTo("flow_start_end_2"));
        });
    }

    [Test]
    public void ShouldReportAFlowIntoAStartEvent() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<task id=\"x\" />\n<sequenceFlow id=\"back\" sourceRef=\"x\" targetRef=\"start\" />")),
            Is.EqualTo(new[] { "a start or boundary event cannot have incoming sequence flows" }));

    [Test]
    public void ShouldReportAFlowCrossingASubProcessBoundary() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("""
            <subProcess id="x">
              <startEvent id="innerStart" />
              <sequenceFlow id="escape" sourceRef="innerStart" targetRef="end" />
            </subProcess>
            """)), Has.Member("sequence flow crosses a sub-process boundary"));

    [Test]
    public void ShouldReportDuplicateIdsWithBothLines() =>
        Assert.That(BpmnText.Import(BpmnText.Around("<task id=\"x\" />\n<task id=\"x\" />")).Problems,
            Has.Member(new ValidationProblem(BpmnText.FirstBodyLine + 1, "x", $"duplicate id 'x' (first used on line {BpmnText.FirstBodyLine})")));

    [Test]
    public void ShouldReportProblemsInLineOrder()
    {
        var lines = BpmnText.Import(BpmnText.Around("<sendTask id=\"x\" />\n<scriptTask id=\"y\" />\n<task id=\"z\" />")).Problems.Select(problem => problem.Line);
        Assert.That(lines, Is.Ordered.And.Not.Empty);
    }

    [Test]
    public void ShouldNotHandOutTheDocumentOfAnInvalidImport() =>
        Assert.That(BpmnText.Import(BpmnText.Process("<endEvent id=\"end\" />")).Document, Is.Null);
}
