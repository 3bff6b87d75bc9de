using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Camunda;

/// <summary>Camunda's ReceiveTaskTest over its models: a receive task waits for its message, or for a signal.</summary>
public sealed class CamundaReceiveTaskTests
{
    private const string Message = "newInvoiceMessage";

    private static List<MessageSubscriptionOpened> Subscriptions(EngineHarness harness, string? activityId = null) =>
        harness.OpenSubscriptions.Values.Where(open => open.MessageName is not null && (activityId is null || open.ActivityId == activityId)).ToList();

    private static void AssertEnded(EngineHarness harness, ProcessInstance instance) =>
        Assert.That(harness.Instance(instance.Id).Status, Is.EqualTo(InstanceStatus.Completed));

    [Test]
    public async Task TestReceiveTaskWithoutMessageReference()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "ReceiveTaskTest.simpleReceiveTask.bpmn20.xml"));
        Assert.That(Subscriptions(harness), Is.Empty);

        await harness.SignalAsync(instance, "waitState");

        AssertEnded(harness, instance);
    }

    [Test]
    public async Task TestSupportsLegacySignalingOnSingleReceiveTask()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "ReceiveTaskTest.singleReceiveTask.bpmn20.xml"));
        Assert.That(Subscriptions(harness), Has.Count.EqualTo(1));

        await harness.SignalAsync(instance, "waitState");

        Assert.That(Subscriptions(harness), Is.Empty);
        AssertEnded(harness, instance);
    }

    [Test]
    public async Task TestSupportsCorrelateMessageOnSingleReceiveTask()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "ReceiveTaskTest.singleReceiveTask.bpmn20.xml"));
        Assert.That(Subscriptions(harness), Has.Count.EqualTo(1));

        await harness.CorrelateAsync(instance, Message);

        Assert.That(Subscriptions(harness), Is.Empty);
        AssertEnded(harness, instance);
    }

    [Test]
    public async Task TestSupportsLegacySignalingOnSequentialMultiReceiveTask()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "ReceiveTaskTest.multiSequentialReceiveTask.bpmn20.xml"));
        var first = Subscriptions(harness).Single().SubscriptionId;

        await harness.SignalAsync(instance, "waitState");
        var second = Subscriptions(harness).Single().SubscriptionId;
        Assert.That(second, Is.Not.EqualTo(first));
        await harness.SignalAsync(instance, "waitState");

        Assert.That(Subscriptions(harness), Is.Empty);
        await harness.CompleteAsync(instance, "interaction");
        AssertEnded(harness, instance);
    }

    [Test]
    public async Task TestSupportsCorrelateMessageOnSequentialMultiReceiveTask()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "ReceiveTaskTest.multiSequentialReceiveTask.bpmn20.xml"));
        var first = Subscriptions(harness).Single().SubscriptionId;

        await harness.CorrelateAsync(instance, Message);
        Assert.That(Subscriptions(harness).Single().SubscriptionId, Is.Not.EqualTo(first));
        await harness.CorrelateAsync(instance, Message);

        Assert.That(Subscriptions(harness), Is.Empty);
        await harness.CompleteAsync(instance, "interaction");
        AssertEnded(harness, instance);
    }

    [Test]
    public async Task TestSupportsLegacySignalingOnParallelMultiReceiveTask()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "ReceiveTaskTest.multiParallelReceiveTask.bpmn20.xml"));
        Assert.That(Subscriptions(harness), Has.Count.EqualTo(2));

        await harness.SignalAsync(instance, "waitState");
        await harness.SignalAsync(instance, "waitState");

        Assert.That(Subscriptions(harness), Is.Empty);
        AssertEnded(harness, instance);
    }

    [Test]
    public async Task TestSupportsMessageEventReceivedOnParallelMultiReceiveTask()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "ReceiveTaskTest.multiParallelReceiveTask.bpmn20.xml"));
        var subscriptions = Subscriptions(harness);
        Assert.That(subscriptions, Has.Count.EqualTo(2));

        await harness.CorrelateAsync(subscriptions[0]);
        await harness.CorrelateAsync(subscriptions[1]);

        Assert.That(Subscriptions(harness), Is.Empty);
        AssertEnded(harness, instance);
    }

    [Test]
    public async Task TestSupportsMessageEventReceivedOnParallelMultiReceiveTaskWithBoundary()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "ReceiveTaskTest.multiParallelReceiveTaskBoundary.bpmn20.xml"));
        Assert.That(Subscriptions(harness), Has.Count.EqualTo(3));
        var receiveTasks = Subscriptions(harness, "waitState");
        Assert.That(receiveTasks, Has.Count.EqualTo(2));

        await harness.CorrelateAsync(receiveTasks[0]);
        await harness.CorrelateAsync(receiveTasks[1]);

        // The boundary subscription is removed too.
        Assert.That(Subscriptions(harness), Is.Empty);
        AssertEnded(harness, instance);
    }

    [Test]
    public async Task TestSupportsMessageEventReceivedOnParallelMultiInstanceWithBoundaryEventReceived()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "ReceiveTaskTest.multiParallelReceiveTaskBoundary.bpmn20.xml"));
        Assert.That(Subscriptions(harness), Has.Count.EqualTo(3));

        await harness.CorrelateAsync(Subscriptions(harness, "cancel").Single());

        // The receive tasks' subscriptions are removed too.
        Assert.That(Subscriptions(harness), Is.Empty);
        AssertEnded(harness, instance);
        Assert.That(harness.Completed(instance), Does.Contain("invoiceCanceled"));
    }

    [Test]
    public async Task TestSupportsMessageEventReceivedOnSubProcessReceiveTask()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "ReceiveTaskTest.subProcessReceiveTask.bpmn20.xml"));

        await harness.CorrelateAsync(Subscriptions(harness).Single());

        Assert.That(Subscriptions(harness), Is.Empty);
        AssertEnded(harness, instance);
    }

    [Test]
    public async Task TestSupportsCorrelateMessageOnReceiveTaskBehindParallelGateway()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "ReceiveTaskTest.parallelGatewayReceiveTask.bpmn20.xml"));
        var subscriptions = Subscriptions(harness);
        Assert.That(subscriptions, Has.Count.EqualTo(2));

        await harness.CorrelateAsync(subscriptions[0]);
        await harness.CorrelateAsync(subscriptions[1]);

        Assert.That(Subscriptions(harness), Is.Empty);
        AssertEnded(harness, instance);
    }

    [Test]
    public async Task TestWaitStateBehavior()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "ReceiveTaskTest.testWaitStateBehavior.bpmn20.xml"));
        Assert.That(harness.Instance(instance.Id).Executions.Count(execution => execution.ActivityId == "waitState"), Is.EqualTo(1));

        await harness.SignalAsync(instance, "waitState");

        AssertEnded(harness, instance);
    }

    [Test]
    public async Task ShouldRefuseToSignalATaskNoTokenWaitsAt()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "ReceiveTaskTest.simpleReceiveTask.bpmn20.xml"));
        await harness.SignalAsync(instance, "waitState");

        Assert.That(async () => await harness.SignalAsync(instance, "waitState"), Throws.TypeOf<InstanceNotRunningException>());
        var running = await harness.StartAsync(CamundaModels.Deploy(harness, "ReceiveTaskTest.simpleReceiveTask.bpmn20.xml"));
        Assert.That(async () => await harness.SignalAsync(running, "theEnd"), Throws.TypeOf<ReceiveTaskNotWaitingException>());
    }
}
