using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

public sealed class SequenceTests
{
    private static readonly string Sequence = Bpmn.Process("sequence", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "first")}
        <userTask id="first" />
        {Bpmn.Flow("f2", "first", "check")}
        <task id="check" />
        {Bpmn.Flow("f3", "check", "second")}
        <userTask id="second" />
        {Bpmn.Flow("f4", "second", "end")}
        <endEvent id="end" />
        """);

    [Test]
    public async Task ShouldWaitAtTheFirstUserTask()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Sequence));

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "first" }));
        Assert.That(instance.Status, Is.EqualTo(InstanceStatus.Running));
    }

    [Test]
    public async Task ShouldCompleteTheInstanceAfterTheLastTask()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Sequence));

        await harness.CompleteAsync(instance, "first");
        await harness.CompleteAsync(instance, "second");

        Assert.That(harness.Completed(instance), Is.EqualTo(new[] { "start", "first", "check", "second", "end" }));
        Assert.That(instance.Status, Is.EqualTo(InstanceStatus.Completed));
        Assert.That(instance.Executions, Is.Empty);
        Assert.That(harness.Events.OfType<InstanceEnded>().Single().Status, Is.EqualTo(InstanceStatus.Completed));
    }

    [Test]
    public async Task ShouldBumpTheRevisionOnEveryCommand()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Sequence));
        var afterStart = instance.Revision;

        await harness.CompleteAsync(instance, "first");

        Assert.That(instance.Revision, Is.EqualTo(afterStart + 1));
    }
}
