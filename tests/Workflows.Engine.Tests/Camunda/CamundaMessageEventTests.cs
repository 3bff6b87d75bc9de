using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Camunda;

/// <summary>Camunda's MessageIntermediateEventTest and MessageBoundaryEventTest over their models.</summary>
public sealed class CamundaMessageEventTests
{
    [Test]
    public async Task TestSingleIntermediateMessageEvent()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "MessageIntermediateEventTest.testSingleIntermediateMessageEvent.bpmn20.xml"));
        Assert.That(instance.Executions.Where(execution => execution.ParentId is not null).Select(execution => execution.ActivityId), Is.EqualTo(new[] { "messageCatch" }));

        await harness.CorrelateAsync(instance, "newInvoiceMessage");
        await harness.CompleteAsync(instance, "task");

        Assert.That(harness.Instance(instance.Id).Status, Is.EqualTo(InstanceStatus.Completed));
    }

    [Test]
    public async Task TestSingleBoundaryMessageEvent()
    {
        var harness = new EngineHarness();
        var definition = CamundaModels.Deploy(harness, "MessageBoundaryEventTest.testSingleBoundaryMessageEvent.bpmn20.xml");

        // 1. The message cancels the task.
        var first = await harness.StartAsync(definition);
        await harness.CorrelateAsync(first, "messageName");
        Assert.That(harness.OpenTaskActivities(first), Is.EqualTo(new[] { "taskAfterMessage" }));
        await harness.CompleteAsync(first, "taskAfterMessage");
        Assert.That(harness.Instance(first.Id).Status, Is.EqualTo(InstanceStatus.Completed));

        // 2. Completing the task closes the subscription.
        var second = await harness.StartAsync(definition);
        await harness.CompleteAsync(second, "task");
        Assert.That(harness.OpenSubscriptions.Values.Where(open => open.InstanceId == second.Id), Is.Empty);
        Assert.That(harness.OpenTaskActivities(second), Is.EqualTo(new[] { "taskAfterTask" }));
        await harness.CompleteAsync(second, "taskAfterTask");
        Assert.That(harness.Instance(second.Id).Status, Is.EqualTo(InstanceStatus.Completed));
    }
}
