using NUnit.Framework;
using Workflows.Engine.Parsing;

namespace Workflows.Engine.Tests.Parsing;

public class UnsupportedElementTests
{
    [TestCase("sendTask")]
    [TestCase("scriptTask")]
    [TestCase("businessRuleTask")]
    [TestCase("eventBasedGateway")]
    [TestCase("complexGateway")]
    [TestCase("transaction")]
    [TestCase("adHocSubProcess")]
    [TestCase("somethingInvented")]
    public void ShouldReportOneProblemWithLineAndId(string element) =>
        Assert.That(BpmnText.Import(BpmnText.Around($"<{element} id=\"x\" />")).Problems,
            Is.EqualTo(new[] { new ValidationProblem(BpmnText.FirstBodyLine, "x", $"unsupported element '{element}'") }));

    [TestCase("signalEventDefinition")]
    [TestCase("escalationEventDefinition")]
    [TestCase("compensateEventDefinition")]
    [TestCase("conditionalEventDefinition")]
    [TestCase("linkEventDefinition")]
    public void ShouldReportUnsupportedEventDefinitions(string definition) =>
        Assert.That(BpmnText.Messages(BpmnText.Around($"<intermediateCatchEvent id=\"x\"><{definition} /></intermediateCatchEvent>")),
            Is.EqualTo(new[] { $"unsupported element '{definition}' on 'intermediateCatchEvent'" }));

    [TestCase("signalEventDefinition")]
    [TestCase("messageEventDefinition")]
    [TestCase("escalationEventDefinition")]
    [TestCase("compensateEventDefinition")]
    [TestCase("linkEventDefinition")]
    public void ShouldReportThrowEventsWithADefinition(string definition) =>
        Assert.That(BpmnText.Messages(BpmnText.Around($"<intermediateThrowEvent id=\"x\"><{definition} /></intermediateThrowEvent>")),
            Is.EqualTo(new[] { $"unsupported element '{definition}' on 'intermediateThrowEvent'" }));

    [Test]
    public void ShouldReportAMessageStartEvent() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<task id=\"x\" />\n<startEvent id=\"m\"><messageEventDefinition /></startEvent>")),
            Is.EqualTo(new[] { "unsupported element 'messageEventDefinition' on 'startEvent'" }));

    [Test]
    public void ShouldReportAnEventSubProcess() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<task id=\"x\" />\n<subProcess id=\"events\" triggeredByEvent=\"true\"><startEvent id=\"s\" /></subProcess>")),
            Is.EqualTo(new[] { "unsupported element 'subProcess' with triggeredByEvent=\"true\" (event sub-process)" }));

    [Test]
    public void ShouldReportStandardLoops() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<task id=\"x\"><standardLoopCharacteristics /></task>")),
            Is.EqualTo(new[] { "unsupported element 'standardLoopCharacteristics'" }));

    [Test]
    public void ShouldIgnoreModelingOnlyElements() =>
        Assert.That(BpmnText.Import(BpmnText.Around("""
            <task id="x"><documentation>note</documentation><dataInputAssociation id="dia" /><ioSpecification id="io" /></task>
            <textAnnotation id="t"><text>note</text></textAnnotation>
            <association id="a" sourceRef="t" targetRef="x" />
            <dataObject id="d" />
            <dataObjectReference id="dr" dataObjectRef="d" />
            <dataStoreReference id="ds" />
            <group id="g" />
            <laneSet id="ls"><lane id="l"><flowNodeRef>x</flowNodeRef></lane></laneSet>
            """, "<collaboration id=\"c\"><participant id=\"pa\" processRef=\"p\" /><messageFlow id=\"mf\" sourceRef=\"pa\" targetRef=\"pa\" /></collaboration>")).IsValid,
            Is.True);
}
