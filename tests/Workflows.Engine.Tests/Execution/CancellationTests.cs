using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

public sealed class CancellationTests
{
    private static readonly string Busy = Bpmn.Process("busy", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f0", "start", "fork")}
        <parallelGateway id="fork" />
        {Bpmn.Flow("f1", "fork", "review")}
        {Bpmn.Flow("f2", "fork", "paid")}
        <userTask id="review" />
        <boundaryEvent id="deadline" attachedToRef="review"><timerEventDefinition><timeDuration>P1D</timeDuration></timerEventDefinition></boundaryEvent>
        <intermediateCatchEvent id="paid"><messageEventDefinition messageRef="paidMessage" /></intermediateCatchEvent>
        {Bpmn.Flow("f3", "review", "end")}
        {Bpmn.Flow("f4", "deadline", "end")}
        {Bpmn.Flow("f5", "paid", "end")}
        <endEvent id="end" />
        """, """<message id="paidMessage" name="paid" />""");

    [Test]
    public async Task ShouldCloseEverythingOpenWhenCancelled()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Busy));

        await harness.CancelAsync(instance);

        Assert.That(harness.OpenTasks, Is.Empty);
        Assert.That(harness.OpenTimers, Is.Empty);
        Assert.That(harness.OpenSubscriptions, Is.Empty);
        Assert.That(instance.Executions, Is.Empty);
    }

    [Test]
    public async Task ShouldEndTheInstanceAsCancelledWithTheReason()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Busy));

        await harness.CancelAsync(instance);

        var ended = harness.Events.OfType<InstanceEnded>().Single();
        Assert.That((ended.Status, ended.Reason, ended.Actor), Is.EqualTo((InstanceStatus.Cancelled, "withdrawn", "admin")));
        Assert.That(instance.Status, Is.EqualTo(InstanceStatus.Cancelled));
        Assert.That(instance.EndedAt, Is.EqualTo(harness.Time.GetUtcNow()));
    }

    [Test]
    public async Task ShouldRecordEveryOpenActivityAsCancelled()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Busy));

        var result = await harness.CancelAsync(instance);

        var cancelled = result.Events.OfType<ActivityEnded>().Where(e => e.Cancelled).Select(e => e.ActivityId);
        Assert.That(cancelled, Is.EquivalentTo(new[] { "review", "paid" }));
    }

    [Test]
    public async Task ShouldRejectCancellingAnInstanceTwice()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Busy));
        await harness.CancelAsync(instance);

        Assert.That(async () => await harness.CancelAsync(instance), Throws.TypeOf<InstanceNotRunningException>());
    }
}
