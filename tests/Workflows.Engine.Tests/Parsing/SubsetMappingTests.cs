using NUnit.Framework;
using Workflows.Engine.Model;
using Workflows.Engine.Parsing;
using Workflows.Engine.Tests.Expressions;

namespace Workflows.Engine.Tests.Parsing;

/// <summary>Assets/subset.bpmn holds every supported element once; each test checks one mapping into the model.</summary>
public class SubsetMappingTests
{
    private ProcessModel process = null!;

    [OneTimeSetUp]
    public void ImportSubset()
    {
        var xml = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Assets", "subset.bpmn"));
        process = BpmnImporter.ImportSingleExecutable(xml);
    }

    [Test]
    public void ShouldUseTheProcessIdAsTheKey() =>
        Assert.That((process.Id, process.Name, process.IsExecutable), Is.EqualTo(("subset", "Subset", true)));

    [Test]
    public void ShouldWireFlowsToTheirNodes()
    {
        var review = process.Node("review");
        Assert.That((review.Incoming.Select(flow => flow.Id), review.Outgoing.Single().Target.Id),
            Is.EqualTo((new[] { "f1", "f1b" }, "decide")));
    }

    [Test]
    public void ShouldReadTheTimerStartEvent() =>
        Assert.That(((StartEvent)process.Node("nightly")).Definition, Is.EqualTo(new TimerEventDefinition(TimerKind.Cycle, "R/P1D", null)));

    [Test]
    public void ShouldReadUserTaskAssignment()
    {
        var task = (UserTask)process.Node("review");
        var variables = new JsonVariables("""{"initiator": "dept-a"}""");
        Assert.That(
            (task.Assignee!.EvaluateString(variables), task.CandidateUsers!.Literal, task.CandidateGroups!.Literal, task.Priority!.Literal, task.FormKey),
            Is.EqualTo(("dept-a", "bureau,approval", "bureau", "60", "forms/review.form")));
    }

    [Test]
    public void ShouldReadUserTaskDates()
    {
        var task = (UserTask)process.Node("review");
        Assert.That((task.DueDate!.Expression!.Source, task.FollowUpDate!.Literal), Is.EqualTo(("reviewDue", "2026-01-05T00:00:00Z")));
    }

    [Test]
    public void ShouldReadCamundaProperties() =>
        Assert.That(process.Node("review").Properties, Is.EqualTo(new Dictionary<string, string> { ["article"] = "Art. 18" }));

    [Test]
    public void ShouldReadMultiInstanceOverACollection()
    {
        var loop = ((UserTask)process.Node("review")).MultiInstance!;
        Assert.That((loop.IsSequential, loop.Collection!.Source, loop.ElementVariable, loop.CompletionCondition!.Source, loop.LoopCardinality),
            Is.EqualTo((true, "reviewers", "reviewer", "nrOfCompletedInstances == 2", (Workflows.Engine.Expressions.CompiledExpression?)null)));
    }

    [Test]
    public void ShouldAttachANonInterruptingTimerWithItsCalendar()
    {
        var boundary = (BoundaryEvent)process.Node("reviewLate");
        Assert.That((boundary.AttachedTo.Id, boundary.CancelActivity, boundary.Definition, ((Activity)process.Node("review")).Boundaries.Single()),
            Is.EqualTo(("review", false, new TimerEventDefinition(TimerKind.Duration, "P5D", "cn-workdays"), boundary)));
    }

    [Test]
    public void ShouldReadAManualTaskAsPassThrough() =>
        Assert.That(process.Node("remind"), Is.TypeOf<PassThroughTask>());

    [Test]
    public void ShouldCompileGatewayConditionsAndResolveTheDefault()
    {
        var gateway = (ExclusiveGateway)process.Node("decide");
        var rejected = gateway.Outgoing.Single(flow => flow.Id == "fRejected");
        Assert.That((gateway.Default!.Id, rejected.Condition!.EvaluateCondition(new JsonVariables("""{"approved": false}"""))),
            Is.EqualTo(("fApproved", true)));
    }

    [Test]
    public void ShouldResolveTheErrorCodeOfAnErrorEndEvent()
    {
        var end = (EndEvent)process.Node("rejected");
        Assert.That((end.Kind, end.ErrorCode), Is.EqualTo((EndEventKind.Error, "REJECTED")));
    }

    [TestCase("notify", "notifyDepartment")]
    [TestCase("archive", "Workflows.Projects.ArchiveHandler")]
    public void ShouldNameServiceTaskHandlers(string id, string handler) =>
        Assert.That(((ServiceTask)process.Node(id)).HandlerName, Is.EqualTo(handler));

    [Test]
    public void ShouldReadCallActivityBindingAndMappings()
    {
        var call = (CallActivity)process.Node("callFiling");
        Assert.That(
            (call.CalledElement, call.Binding, call.Version, call.PassBusinessKey, call.In.Single(), call.AllVariablesIn, call.AllVariablesOut, call.Out.Count),
            Is.EqualTo(("contract-filing", CallBinding.Version, (int?)3, true, new VariableMapping("projectId", "project"), false, true, 0)));
    }

    [Test]
    public void ShouldNestSubProcessNodesInTheirOwnScope()
    {
        var work = (SubProcess)process.Node("work");
        Assert.That((work.Children.Select(node => node.Id), work.Flows.Count, process.Node("workTask").Scope),
            Is.EqualTo((new[] { "workStart", "workTask", "workEnd" }, 2, (IFlowScope)work)));
    }

    [Test]
    public void ShouldCatchEveryErrorWithoutAnErrorRef() =>
        Assert.That(((BoundaryEvent)process.Node("workFailed")).Definition, Is.EqualTo(new ErrorEventDefinition(null)));

    [Test]
    public void ShouldReadATerminateEndEvent() =>
        Assert.That(((EndEvent)process.Node("failed")).Kind, Is.EqualTo(EndEventKind.Terminate));

    [Test]
    public void ShouldUseTheMessageNameForCorrelation() =>
        Assert.That(((IntermediateCatchEvent)process.Node("waitContract")).Definition, Is.EqualTo(new MessageEventDefinition("ContractSigned")));

    [Test]
    public void ShouldResolveTheInclusiveDefault() =>
        Assert.That(((InclusiveGateway)process.Node("branch")).Default!.Id, Is.EqualTo("fAlways"));

    [Test]
    public void ShouldCompileConditionsWithMemberAccess()
    {
        var major = process.Node("branch").Outgoing.Single(flow => flow.Id == "fMajor");
        Assert.That(major.Condition!.EvaluateCondition(new JsonVariables("""{"budget": {"total": 6000000}, "major": true}""")), Is.True);
    }

    [Test]
    public void ShouldKeepSourceLines() =>
        Assert.That(process.Node("review").Line, Is.EqualTo(15));

    [Test]
    public void ShouldIgnoreLanesDocumentationAndDiagrams() =>
        Assert.That(process.NodesById.Keys, Has.None.EqualTo("lane1").And.None.EqualTo("plane"));
}
