using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Camunda;

/// <summary>Camunda's BoundaryTimerEventTest (interrupting) and BoundaryTimerNonInterruptingEventTest.testJoin.</summary>
public sealed class CamundaBoundaryTimerTests
{
    [Test]
    public async Task TestInterruptingTimerDuration()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "BoundaryTimerEventTest.testInterruptingTimerDuration.bpmn20.xml"));
        Assert.That(CamundaModels.TaskNames(harness, instance), Is.EqualTo(new[] { "First line support" }));

        await harness.FireAsync(instance, "escalationTimer");

        Assert.That(CamundaModels.TaskNames(harness, instance), Is.EqualTo(new[] { "Handle escalated issue" }));
    }

    [Test]
    public async Task TestMultipleTimersOnUserTask()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "BoundaryTimerEventTest.testMultipleTimersOnUserTask.bpmn20.xml"));
        Assert.That(harness.OpenTimers.Values.Count(timer => timer.InstanceId == instance.Id), Is.EqualTo(3));

        // The one-hour timer is the first due: it fires and cancels the task and the two other timers.
        await harness.FireAsync(instance, "escalationTimer2");

        Assert.That(harness.OpenTimers.Values.Count(timer => timer.InstanceId == instance.Id), Is.Zero);
        Assert.That(CamundaModels.TaskNames(harness, instance), Is.EqualTo(new[] { "Third Task" }));
    }

    [Test]
    public async Task TestJoin()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "BoundaryTimerNonInterruptingEventTest.testJoin.bpmn20.xml"));
        Assert.That(CamundaModels.TaskNames(harness, instance), Is.EqualTo(new[] { "Main Task" }));

        await harness.FireAsync(instance, "IntermediateTimerEvent");
        Assert.That(harness.OpenTasks.Values.Count(task => task.InstanceId == instance.Id), Is.EqualTo(2));
        await harness.CompleteAsync(instance, "Main_Task");
        Assert.That(CamundaModels.TaskNames(harness, instance), Is.EqualTo(new[] { "Escalation Task" }));
        await harness.CompleteAsync(instance, "Escalation_Task");

        Assert.That(harness.Instance(instance.Id).Status, Is.EqualTo(InstanceStatus.Completed));
    }
}
