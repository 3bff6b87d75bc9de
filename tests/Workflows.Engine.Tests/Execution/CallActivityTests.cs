using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

public sealed class CallActivityTests
{
    private static string Child(string taskId) => Bpmn.Process("child", $"""
        <startEvent id="childStart" />
        {Bpmn.Flow("c1", "childStart", taskId)}
        <userTask id="{taskId}" />
        {Bpmn.Flow("c2", taskId, "childEnd")}
        <endEvent id="childEnd" />
        """);

    private static string Parent(string callAttributes = "", string mappings = "", string boundary = "") => Bpmn.Process("parent", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "call")}
        <callActivity id="call" calledElement="child" {callAttributes}>
          <extensionElements>{mappings}</extensionElements>
        </callActivity>
        {boundary}
        {Bpmn.Flow("f2", "call", "after")}
        <userTask id="after" />
        {Bpmn.Flow("f3", "after", "end")}
        <endEvent id="end" />
        """, """<error id="failed" errorCode="CHILD_FAILED" />""");

    private static ProcessInstance ChildOf(EngineHarness harness, ProcessInstance parent) =>
        harness.Session.Instances.Single(instance => instance.ParentInstanceId == parent.Id);

    [Test]
    public async Task ShouldStartTheLatestVersionOfTheCalledProcess()
    {
        var harness = new EngineHarness();
        harness.Deploy(Child("v1Task"));
        harness.Deploy(Child("v2Task"));

        var parent = await harness.StartAsync(harness.Deploy(Parent()));

        var child = ChildOf(harness, parent);
        Assert.That(child.DefinitionVersion, Is.EqualTo(2));
        Assert.That(harness.OpenTaskActivities(child), Is.EqualTo(new[] { "v2Task" }));
        Assert.That(child.ParentExecutionId, Is.EqualTo(parent.Executions.Single(e => e.ActivityId == "call").Id));
    }

    [Test]
    public async Task ShouldStartThePinnedVersionOfTheCalledProcess()
    {
        var harness = new EngineHarness();
        harness.Deploy(Child("v1Task"));
        harness.Deploy(Child("v2Task"));

        var parent = await harness.StartAsync(harness.Deploy(Parent("""camunda:calledElementBinding="version" camunda:calledElementVersion="1" """)));

        Assert.That(harness.OpenTaskActivities(ChildOf(harness, parent)), Is.EqualTo(new[] { "v1Task" }));
    }

    [Test]
    public async Task ShouldFinishACalledInstanceOnItsVersionAfterANewerOneIsPublished()
    {
        var harness = new EngineHarness();
        harness.Deploy(Child("v1Task"));
        var parent = await harness.StartAsync(harness.Deploy(Parent()));
        var child = ChildOf(harness, parent);
        harness.Deploy(Child("v2Task"));

        await harness.CompleteAsync(child, "v1Task");

        Assert.That(child.Status, Is.EqualTo(InstanceStatus.Completed));
        Assert.That(child.DefinitionVersion, Is.EqualTo(1));
        Assert.That(harness.OpenTaskActivities(parent), Is.EqualTo(new[] { "after" }));
    }

    [Test]
    public async Task ShouldMapVariablesInAndOut()
    {
        var harness = new EngineHarness();
        harness.Deploy(Child("work"));
        var mappings = """
            <camunda:in source="budget" target="childBudget" />
            <camunda:out source="result" target="childResult" />
            """;
        var parent = await harness.StartAsync(harness.Deploy(Parent(mappings: mappings)), new { budget = 42, secret = "x" });
        var child = ChildOf(harness, parent);

        await harness.CompleteAsync(child, "work", new { result = "done" });

        Assert.That(child.Variables.Keys, Is.EquivalentTo(new[] { "childBudget", "result" }));
        Assert.That(child.Variables["childBudget"].GetInt32(), Is.EqualTo(42));
        Assert.That(parent.Variables["childResult"].GetString(), Is.EqualTo("done"));
        Assert.That(parent.Variables.ContainsKey("result"), Is.False);
    }

    [Test]
    public async Task ShouldMapSourceExpressionsInAndOut()
    {
        var harness = new EngineHarness();
        harness.Deploy(Child("work"));
        var mappings = """
            <camunda:in sourceExpression="${budget * 2}" target="doubled" />
            <camunda:out sourceExpression="${result == 'done'}" target="finished" />
            """;
        var parent = await harness.StartAsync(harness.Deploy(Parent(mappings: mappings)), new { budget = 21 });
        var child = ChildOf(harness, parent);

        await harness.CompleteAsync(child, "work", new { result = "done" });

        Assert.That(child.Variables["doubled"].GetInt32(), Is.EqualTo(42));
        Assert.That(parent.Variables["finished"].GetBoolean(), Is.True);
    }

    [Test]
    public async Task ShouldPassAllVariablesAndTheBusinessKeyWhenAsked()
    {
        var harness = new EngineHarness();
        harness.Deploy(Child("work"));
        var mappings = """
            <camunda:in variables="all" />
            <camunda:in businessKey="#{execution.processBusinessKey}" />
            """;

        var parent = await harness.StartAsync(harness.Deploy(Parent(mappings: mappings)), new { budget = 42, owner = "dept-a" }, businessKey: "P-2026-001");

        var child = ChildOf(harness, parent);
        Assert.That(child.BusinessKey, Is.EqualTo("P-2026-001"));
        Assert.That(child.Variables.Keys, Is.EquivalentTo(new[] { "budget", "owner" }));
    }

    [Test]
    public async Task ShouldCatchAnErrorOfTheCalledInstanceOnTheCallActivityBoundary()
    {
        var harness = new EngineHarness();
        harness.Deploy(Bpmn.Process("child", $"""
            <startEvent id="childStart" />
            {Bpmn.Flow("c1", "childStart", "work")}
            <userTask id="work" />
            {Bpmn.Flow("c2", "work", "childFailed")}
            <endEvent id="childFailed"><errorEventDefinition errorRef="childError" /></endEvent>
            """, """<error id="childError" errorCode="CHILD_FAILED" />"""));
        var boundary = $"""
            <boundaryEvent id="caught" attachedToRef="call"><errorEventDefinition errorRef="failed" /></boundaryEvent>
            {Bpmn.Flow("f4", "caught", "repair")}
            <userTask id="repair" />
            {Bpmn.Flow("f5", "repair", "end")}
            """;
        var parent = await harness.StartAsync(harness.Deploy(Parent(boundary: boundary)));
        var child = ChildOf(harness, parent);

        await harness.CompleteAsync(child, "work");

        Assert.That(harness.OpenTaskActivities(parent), Is.EqualTo(new[] { "repair" }));
        Assert.That(child.Status, Is.EqualTo(InstanceStatus.Cancelled));
        Assert.That(child.Incidents, Is.Empty);
    }

    [Test]
    public async Task ShouldRaiseAnIncidentInTheCalledInstanceWhenTheCallerDoesNotCatchItsError()
    {
        var harness = new EngineHarness();
        harness.Deploy(Bpmn.Process("child", $"""
            <startEvent id="childStart" />
            {Bpmn.Flow("c1", "childStart", "childFailed")}
            <endEvent id="childFailed"><errorEventDefinition errorRef="childError" /></endEvent>
            """, """<error id="childError" errorCode="CHILD_FAILED" />"""));

        var parent = await harness.StartAsync(harness.Deploy(Parent()));

        var child = ChildOf(harness, parent);
        Assert.That(child.Incidents.Single().ActivityId, Is.EqualTo("childFailed"));
        Assert.That(parent.Executions.Single(e => e.ActivityId == "call").State, Is.EqualTo(ExecutionState.WaitingForCall));
    }

    [Test]
    public async Task ShouldCancelTheCalledInstanceWhenTheCallerIsCancelled()
    {
        var harness = new EngineHarness();
        harness.Deploy(Child("work"));
        var parent = await harness.StartAsync(harness.Deploy(Parent()));
        var child = ChildOf(harness, parent);

        var result = await harness.CancelAsync(parent);

        Assert.That(child.Status, Is.EqualTo(InstanceStatus.Cancelled));
        Assert.That(harness.OpenTasks, Is.Empty);
        Assert.That(result.TouchedInstances, Is.EquivalentTo(new[] { parent, child }));
    }

    [Test]
    public async Task ShouldRaiseAnIncidentWhenTheCalledProcessStartsOnItsTimerOnly()
    {
        var harness = new EngineHarness();
        harness.Deploy(Bpmn.Process("child", $"""
            <startEvent id="yearly"><timerEventDefinition><timeCycle>R/P1Y</timeCycle></timerEventDefinition></startEvent>
            {Bpmn.Flow("c1", "yearly", "childEnd")}
            <endEvent id="childEnd" />
            """));

        var parent = await harness.StartAsync(harness.Deploy(Parent()));

        Assert.That(parent.Incidents.Single().Message, Does.Contain("starts on its timer only"));
    }
}
