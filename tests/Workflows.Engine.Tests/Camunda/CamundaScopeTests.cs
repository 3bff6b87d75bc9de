using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Camunda;

/// <summary>Camunda's SubProcessTest, CallActivityTest and BoundaryErrorEventTest over their models.</summary>
public sealed class CamundaScopeTests
{
    [Test]
    public async Task TestSimpleSubProcess()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "SubProcessTest.testSimpleSubProcess.bpmn20.xml"));
        Assert.That(CamundaModels.TaskNames(harness, instance), Is.EqualTo(new[] { "Task in subprocess" }));
        Assert.That(instance.Executions.Select(execution => execution.ActivityId), Is.SupersetOf(new[] { "subProcess", "subProcessTask" }));

        await harness.CompleteAsync(instance, "subProcessTask");

        Assert.That(harness.Instance(instance.Id).Status, Is.EqualTo(InstanceStatus.Completed));
    }

    [Test]
    public async Task TestCallSimpleSubProcess()
    {
        var harness = new EngineHarness();
        CamundaModels.Deploy(harness, "simpleSubProcess.bpmn20.xml");
        var parent = await harness.StartAsync(CamundaModels.Deploy(harness, "CallActivity.testCallSimpleSubProcess.bpmn20.xml"));
        Assert.That(CamundaModels.TaskNames(harness, parent), Is.EqualTo(new[] { "Task before subprocess" }));

        await harness.CompleteAsync(parent, "taskBeforeSubProcess");
        var child = harness.Session.Instances.Single(instance => instance.ParentInstanceId == parent.Id);
        Assert.That(CamundaModels.TaskNames(harness, child), Is.EqualTo(new[] { "Task in subprocess" }));
        await harness.CompleteAsync(child, "task");
        Assert.That(CamundaModels.TaskNames(harness, parent), Is.EqualTo(new[] { "Task after subprocess" }));
        await harness.CompleteAsync(parent, "taskAfterSubProcess");

        Assert.That(harness.Instance(parent.Id).Status, Is.EqualTo(InstanceStatus.Completed));
    }

    [Test]
    public async Task TestCatchErrorOnEmbeddedSubprocess()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "BoundaryErrorEventTest.testCatchErrorOnEmbeddedSubprocess.bpmn20.xml"));
        Assert.That(CamundaModels.TaskNames(harness, instance), Is.EqualTo(new[] { "subprocessTask" }));

        await harness.CompleteAsync(instance, "subprocessTask");

        Assert.That(CamundaModels.TaskNames(harness, instance), Is.EqualTo(new[] { "task after catching the error" }));
    }
}
