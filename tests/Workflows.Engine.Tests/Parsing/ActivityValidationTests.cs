using NUnit.Framework;
using Workflows.Engine.Model;
using Workflows.Engine.Parsing;

namespace Workflows.Engine.Tests.Parsing;

public class ActivityValidationTests
{
    [Test]
    public void ShouldReportAServiceTaskWithoutHandler() =>
        Assert.That(BpmnText.Import(BpmnText.Around("<serviceTask id=\"x\" />")).Problems,
            Is.EqualTo(new[] { new ValidationProblem(BpmnText.FirstBodyLine, "x", "service task needs camunda:delegateExpression or camunda:class") }));

    [Test]
    public void ShouldReportADelegateExpressionThatIsNotAName() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<serviceTask id=\"x\" camunda:delegateExpression=\"${handlers.get('x')}\" />")),
            Has.One.StartsWith("camunda:delegateExpression must name a handler"));

    [Test]
    public void ShouldReportCamundaExpressionServiceTasksThatCallABean() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<serviceTask id=\"x\" camunda:expression=\"${bean.run()}\" />")),
            Is.EqualTo(new[] { "camunda:expression: bad expression: method calls are not allowed ('run' at 6)" }));

    [Test]
    public void ShouldReadAnExternalServiceTaskWithItsTopicAndPriorityWithoutWarnings()
    {
        var result = BpmnText.Import(BpmnText.Around("<serviceTask id=\"x\" camunda:type=\"external\" camunda:topic=\"archive\" camunda:taskPriority=\"10\" />"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Problems, Is.Empty);
            Assert.That(result.Warnings, Is.Empty);
        });
    }

    [TestCase("")]
    [TestCase(" camunda:topic=\"  \"")]
    [TestCase(" camunda:topic=\"${topic}\"")]
    public void ShouldReportAnExternalServiceTaskWithoutALiteralTopic(string topic) =>
        Assert.That(BpmnText.Messages(BpmnText.Around($"<serviceTask id=\"x\" camunda:type=\"external\"{topic} />")),
            Is.EqualTo(new[] { "external service task needs a camunda:topic naming its topic (not an expression)" }));

    [Test]
    public void ShouldReportAServiceTaskOfAnotherType() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<serviceTask id=\"x\" camunda:type=\"mail\" />")),
            Is.EqualTo(new[] { "service task: only camunda:delegateExpression, camunda:class, camunda:expression or camunda:type=\"external\" are supported" }));

    [Test]
    public void ShouldReportAnUnknownHandler()
    {
        var options = new ImportOptions { IsKnownHandler = name => name == "archive" };
        var result = BpmnImporter.Import(BpmnText.Around("<serviceTask id=\"x\" camunda:delegateExpression=\"${archiv}\" />"), options);
        Assert.That(result.Problems.Single().Message, Is.EqualTo("unknown service-task handler 'archiv'"));
    }

    [Test]
    public void ShouldAcceptAKnownHandler()
    {
        var options = new ImportOptions { IsKnownHandler = name => name == "archive" };
        Assert.That(BpmnImporter.Import(BpmnText.Around("<serviceTask id=\"x\" camunda:delegateExpression=\"${archive}\" />"), options).IsValid, Is.True);
    }

    [Test]
    public void ShouldReportACallActivityWithoutCalledElement() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<callActivity id=\"x\" />")), Is.EqualTo(new[] { "call activity needs calledElement" }));

    [Test]
    public void ShouldReportAVersionBindingWithoutVersion() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<callActivity id=\"x\" calledElement=\"child\" camunda:calledElementBinding=\"version\" />")),
            Is.EqualTo(new[] { "camunda:calledElementBinding=\"version\" needs a positive camunda:calledElementVersion" }));

    [Test]
    public void ShouldReportAnUnsupportedBinding() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<callActivity id=\"x\" calledElement=\"child\" camunda:calledElementBinding=\"tenant\" />")),
            Is.EqualTo(new[] { "unsupported camunda:calledElementBinding 'tenant' (use 'latest', 'version', 'deployment' or 'versionTag')" }));

    [TestCase("deployment", "definitions are published one by one here")]
    [TestCase("versionTag", "version tags are not tracked here")]
    public void ShouldCallTheLatestVersionForDeploymentAndVersionTagBindingsWithAWarning(string binding, string reason)
    {
        var result = BpmnText.Import(BpmnText.Around($"<callActivity id=\"x\" calledElement=\"child\" camunda:calledElementBinding=\"{binding}\" camunda:calledElementVersionTag=\"v1\" />"));
        Assert.Multiple(() =>
        {
            Assert.That(((CallActivity)result.Document!.Processes[0].NodesById["x"]).Binding, Is.EqualTo(CallBinding.Latest));
            Assert.That(result.Warnings.Single().Message, Is.EqualTo($"camunda:calledElementBinding=\"{binding}\": {reason}, so the latest version is called"));
        });
    }

    [Test]
    public void ShouldDefaultToTheLatestVersion()
    {
        var call = (CallActivity)BpmnImporter.ImportSingleExecutable(BpmnText.Around("<callActivity id=\"x\" calledElement=\"child\" />")).Node("x");
        Assert.That((call.Binding, call.Version), Is.EqualTo((CallBinding.Latest, (int?)null)));
    }

    [Test]
    public void ShouldReportAnInMappingWithoutTarget() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("""
            <callActivity id="x" calledElement="child"><extensionElements><camunda:in source="a" /></extensionElements></callActivity>
            """)), Is.EqualTo(new[] { "camunda:in needs a target and a source or sourceExpression" }));

    [Test]
    public void ShouldReportMultiInstanceWithoutCollectionOrCardinality() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<userTask id=\"x\"><multiInstanceLoopCharacteristics /></userTask>")),
            Is.EqualTo(new[] { "multi-instance needs camunda:collection or loopCardinality" }));

    [Test]
    public void ShouldCompileALiteralLoopCardinality()
    {
        var task = (UserTask)BpmnImporter.ImportSingleExecutable(BpmnText.Around(
            "<userTask id=\"x\"><multiInstanceLoopCharacteristics><loopCardinality>3</loopCardinality></multiInstanceLoopCharacteristics></userTask>")).Node("x");
        Assert.That(task.MultiInstance!.LoopCardinality!.Evaluate(Expressions.JsonVariables.None).GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public void ShouldReadMultiInstanceOnASubProcess()
    {
        var subProcess = (SubProcess)BpmnImporter.ImportSingleExecutable(BpmnText.Around("""
            <subProcess id="x">
              <multiInstanceLoopCharacteristics camunda:collection="${departments}" camunda:elementVariable="department" />
              <startEvent id="innerStart" />
              <sequenceFlow id="inner" sourceRef="innerStart" targetRef="innerEnd" />
              <endEvent id="innerEnd" />
            </subProcess>
            """)).Node("x");
        Assert.That((subProcess.MultiInstance!.Collection!.Source, subProcess.Children.Count), Is.EqualTo(("departments", 2)));
    }

    [Test]
    public void ShouldReportMultiInstanceOnAPlainTask() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<task id=\"x\"><multiInstanceLoopCharacteristics camunda:collection=\"items\" /></task>")),
            Is.EqualTo(new[] { "multi-instance is only supported on user, service and receive tasks, sub-processes and call activities" }));

    [Test]
    public void ShouldNameTheAttributeOfABadAssignmentExpression() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<userTask id=\"x\" camunda:assignee=\"${owner.}\" />")),
            Is.EqualTo(new[] { "camunda:assignee: bad expression: unexpected end of expression at 7" }));

    [Test]
    public void ShouldReportAReceiveTaskWhoseMessageRefNamesNoMessage() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("<receiveTask id=\"x\" messageRef=\"nowhere\" />")),
            Is.EqualTo(new[] { "receive task: messageRef 'nowhere' names no <message> with a name" }));
}
