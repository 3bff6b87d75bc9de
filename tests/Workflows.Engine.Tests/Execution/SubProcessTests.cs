using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

public sealed class SubProcessTests
{
    private static readonly string Nested = Bpmn.Process("nested", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "outer")}
        <subProcess id="outer">
          <startEvent id="outerStart" />
          {Bpmn.Flow("o1", "outerStart", "inner")}
          <subProcess id="inner">
            <startEvent id="innerStart" />
            {Bpmn.Flow("i1", "innerStart", "innerTask")}
            <userTask id="innerTask" />
            {Bpmn.Flow("i2", "innerTask", "innerEnd")}
            <endEvent id="innerEnd" />
          </subProcess>
          {Bpmn.Flow("o2", "inner", "outerEnd")}
          <endEvent id="outerEnd" />
        </subProcess>
        {Bpmn.Flow("f2", "outer", "after")}
        <userTask id="after" />
        {Bpmn.Flow("f3", "after", "end")}
        <endEvent id="end" />
        """);

    /// <summary>A sub-process with two branches, one of which ends in a terminate end event.</summary>
    private static string TerminatingBranch(bool insideSubProcess)
    {
        var branches = $"""
            <startEvent id="innerStart" />
            {Bpmn.Flow("i1", "innerStart", "fork")}
            <parallelGateway id="fork" />
            {Bpmn.Flow("i2", "fork", "slow")}
            {Bpmn.Flow("i3", "fork", "quick")}
            <userTask id="slow" />
            {Bpmn.Flow("i4", "slow", "innerEnd")}
            <endEvent id="innerEnd" />
            <userTask id="quick" />
            {Bpmn.Flow("i5", "quick", "kill")}
            <endEvent id="kill"><terminateEventDefinition /></endEvent>
            """;
        return insideSubProcess
            ? Bpmn.Process("terminate-inside", $"""
                <startEvent id="start" />
                {Bpmn.Flow("f1", "start", "sub")}
                <subProcess id="sub">{branches}</subProcess>
                {Bpmn.Flow("f2", "sub", "after")}
                <userTask id="after" />
                {Bpmn.Flow("f3", "after", "end")}
                <endEvent id="end" />
                """)
            : Bpmn.Process("terminate-top", branches);
    }

    [Test]
    public async Task ShouldRunNestedSubProcessesAsScopes()
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(harness.Deploy(Nested));

        var task = instance.Executions.Single(e => e.ActivityId == "innerTask");
        var inner = instance.Executions.Single(e => e.Id == task.ParentId);
        var outer = instance.Executions.Single(e => e.Id == inner.ParentId);
        Assert.That((inner.ActivityId, inner.State), Is.EqualTo(("inner", ExecutionState.Scope)));
        Assert.That((outer.ActivityId, outer.State), Is.EqualTo(("outer", ExecutionState.Scope)));
    }

    [Test]
    public async Task ShouldLeaveNestedSubProcessesWhenTheirLastTokenEnds()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Nested));

        await harness.CompleteAsync(instance, "innerTask");

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "after" }));
        Assert.That(harness.Completed(instance), Does.Contain("inner").And.Contain("outer"));
    }

    [Test]
    public async Task ShouldTerminateOnlyTheSubProcessWhenTheTerminateEndIsInside()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(TerminatingBranch(insideSubProcess: true)));

        await harness.CompleteAsync(instance, "quick");

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "after" }));
        Assert.That(harness.Events.OfType<ActivityEnded>().Single(e => e.ActivityId == "slow").Cancelled, Is.True);
        Assert.That(instance.Status, Is.EqualTo(InstanceStatus.Running));
    }

    [Test]
    public async Task ShouldTerminateTheWholeInstanceWhenTheTerminateEndIsAtTopLevel()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(TerminatingBranch(insideSubProcess: false)));

        await harness.CompleteAsync(instance, "quick");

        Assert.That(instance.Status, Is.EqualTo(InstanceStatus.Terminated));
        Assert.That(harness.OpenTasks, Is.Empty);
        Assert.That(harness.Events.OfType<UserTaskCancelled>(), Has.Exactly(1).Items);
        Assert.That(instance.Executions, Is.Empty);
    }
}
