using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

public sealed class ErrorEventTests
{
    private const string Errors = """
        <error id="rejectedError" errorCode="REJECTED" />
        <error id="otherError" errorCode="OTHER" />
        """;

    private static string SubProcessThrowing(string code, string boundaryRef) => Bpmn.Process("errors", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "sub")}
        <subProcess id="sub">
          <startEvent id="subStart" />
          {Bpmn.Flow("s1", "subStart", "fork")}
          <parallelGateway id="fork" />
          {Bpmn.Flow("s2", "fork", "check")}
          {Bpmn.Flow("s3", "fork", "sideTask")}
          <userTask id="sideTask" />
          {Bpmn.Flow("s4", "sideTask", "subEnd")}
          <endEvent id="subEnd" />
          <userTask id="check" />
          {Bpmn.Flow("s5", "check", "fail")}
          <endEvent id="fail"><errorEventDefinition errorRef="{code}" /></endEvent>
        </subProcess>
        <boundaryEvent id="caught" attachedToRef="sub"><errorEventDefinition {boundaryRef} /></boundaryEvent>
        {Bpmn.Flow("f2", "caught", "handle")}
        <userTask id="handle" />
        {Bpmn.Flow("f3", "handle", "end")}
        {Bpmn.Flow("f4", "sub", "end")}
        <endEvent id="end" />
        """, Errors);

    [Test]
    public async Task ShouldCatchAnErrorEndOnTheBoundaryOfTheEnclosingSubProcess()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(SubProcessThrowing("rejectedError", """errorRef="rejectedError" """)));

        await harness.CompleteAsync(instance, "check");

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "handle" }));
        Assert.That(harness.Events.OfType<ActivityEnded>().Single(e => e.ActivityId == "sub").Cancelled, Is.True);
    }

    [Test]
    public async Task ShouldCatchAnyErrorOnABoundaryWithoutErrorReference()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(SubProcessThrowing("otherError", "")));

        await harness.CompleteAsync(instance, "check");

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "handle" }));
    }

    [Test]
    public async Task ShouldRaiseAnIncidentForAnErrorNoBoundaryCatches()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(SubProcessThrowing("otherError", """errorRef="rejectedError" """)));

        await harness.CompleteAsync(instance, "check");

        var incident = instance.Incidents.Single();
        Assert.That(incident.ActivityId, Is.EqualTo("fail"));
        Assert.That(incident.Message, Does.Contain("OTHER"));
        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "sideTask" }));
    }

    [Test]
    public async Task ShouldCatchABpmnErrorThrownByAServiceTaskHandler()
    {
        var harness = new EngineHarness(new DelegateHandler("checkBudget", _ => throw new BpmnErrorException("REJECTED")));
        var xml = Bpmn.Process("service-error", $"""
            <startEvent id="start" />
            {Bpmn.Flow("f1", "start", "check")}
            <serviceTask id="check" camunda:class="checkBudget" />
            <boundaryEvent id="rejected" attachedToRef="check"><errorEventDefinition errorRef="rejectedError" /></boundaryEvent>
            {Bpmn.Flow("f2", "check", "end")}
            {Bpmn.Flow("f3", "rejected", "revise")}
            <userTask id="revise" />
            {Bpmn.Flow("f4", "revise", "end")}
            <endEvent id="end" />
            """, Errors);

        var instance = await harness.StartAsync(harness.Deploy(xml));

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "revise" }));
        Assert.That(instance.Incidents, Is.Empty);
    }
}
