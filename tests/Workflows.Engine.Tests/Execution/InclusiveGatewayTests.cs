using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

public sealed class InclusiveGatewayTests
{
    /// <summary>Branch "network" has two tasks in a row, so it takes longer than the others.</summary>
    private static readonly string Reviews = Bpmn.Process("reviews", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f0", "start", "fork")}
        <inclusiveGateway id="fork" default="toLegal" />
        {Bpmn.Flow("toFinance", "fork", "finance", "${budget > 100}")}
        {Bpmn.Flow("toNetwork", "fork", "network", "${network}")}
        {Bpmn.Flow("toLegal", "fork", "legal")}
        <userTask id="finance" />
        <userTask id="network" />
        {Bpmn.Flow("f1", "network", "networkSignOff")}
        <userTask id="networkSignOff" />
        <userTask id="legal" />
        {Bpmn.Flow("j1", "finance", "join")}
        {Bpmn.Flow("j2", "networkSignOff", "join")}
        {Bpmn.Flow("j3", "legal", "join")}
        <inclusiveGateway id="join" />
        {Bpmn.Flow("f2", "join", "after")}
        <userTask id="after" />
        {Bpmn.Flow("f3", "after", "end")}
        <endEvent id="end" />
        """);

    [Test]
    public async Task ShouldForkOnlyTheFlowsWhoseConditionsHold()
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(harness.Deploy(Reviews), new { budget = 500, network = true });

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "finance", "network" }));
    }

    [Test]
    public async Task ShouldTakeTheDefaultFlowWhenNoConditionHolds()
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(harness.Deploy(Reviews), new { budget = 50, network = false });

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "legal" }));
    }

    [Test]
    public async Task ShouldJoinOnlyTheBranchesThatWereTaken()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Reviews), new { budget = 500, network = true });

        await harness.CompleteAsync(instance, "network");
        await harness.CompleteAsync(instance, "networkSignOff");
        await harness.CompleteAsync(instance, "finance");

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "after" }));
    }

    [Test]
    public async Task ShouldWaitForABranchThatIsStillOnItsWay()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Reviews), new { budget = 500, network = true });

        await harness.CompleteAsync(instance, "finance");
        await harness.CompleteAsync(instance, "network");

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "networkSignOff" }));
        Assert.That(instance.Executions.Single(e => e.State == ExecutionState.Joined).ActivityId, Is.EqualTo("join"));
    }

    [Test]
    public async Task ShouldFireTheJoinOnceWhenTheSlowBranchArrives()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Reviews), new { budget = 500, network = true });

        await harness.CompleteAsync(instance, "finance");
        await harness.CompleteAsync(instance, "network");
        await harness.CompleteAsync(instance, "networkSignOff");

        Assert.That(harness.Tasks(instance, "after"), Has.Exactly(1).Items);
        Assert.That(instance.Executions.Any(e => e.State == ExecutionState.Joined), Is.False);
    }

    [Test]
    public async Task ShouldFireTheJoinWhenTheOtherBranchLeavesThroughABoundaryEvent()
    {
        var harness = new EngineHarness();
        var xml = Bpmn.Process("escape", $"""
            <startEvent id="start" />
            {Bpmn.Flow("f0", "start", "fork")}
            <inclusiveGateway id="fork" />
            {Bpmn.Flow("f1", "fork", "a", "${true}")}
            {Bpmn.Flow("f2", "fork", "b", "${true}")}
            <userTask id="a" />
            <userTask id="b" />
            <boundaryEvent id="bTimeout" attachedToRef="b"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></boundaryEvent>
            {Bpmn.Flow("f3", "bTimeout", "escalated")}
            <endEvent id="escalated" />
            {Bpmn.Flow("j1", "a", "join")}
            {Bpmn.Flow("j2", "b", "join")}
            <inclusiveGateway id="join" />
            {Bpmn.Flow("f4", "join", "after")}
            <userTask id="after" />
            {Bpmn.Flow("f5", "after", "end")}
            <endEvent id="end" />
            """);
        var instance = await harness.StartAsync(harness.Deploy(xml));
        await harness.CompleteAsync(instance, "a");

        await harness.FireAsync(instance, "bTimeout");

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "after" }));
    }
}
