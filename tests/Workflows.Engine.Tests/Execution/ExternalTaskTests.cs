using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

/// <summary>External service tasks (<c>camunda:type="external"</c>): a wait state a worker completes, fails or ends with a BPMN error.</summary>
public sealed class ExternalTaskTests
{
    private static readonly string Payment = Bpmn.Process("payment", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "pay")}
        <serviceTask id="pay" camunda:type="external" camunda:topic="finance-payment" camunda:taskPriority="{"${urgency}"}" />
        <boundaryEvent id="refused" attachedToRef="pay"><errorEventDefinition errorRef="refusedError" /></boundaryEvent>
        <boundaryEvent id="late" attachedToRef="pay"><timerEventDefinition><timeDuration>P3D</timeDuration></timerEventDefinition></boundaryEvent>
        {Bpmn.Flow("f2", "pay", "review")}
        {Bpmn.Flow("f3", "refused", "fix")}
        {Bpmn.Flow("f4", "late", "chase")}
        <userTask id="review" />
        <userTask id="fix" />
        <userTask id="chase" />
        """, """<error id="refusedError" errorCode="PAYMENT_REFUSED" />""");

    [Test]
    public async Task ShouldWaitOnAnExternalTaskOfItsTopicUntilAWorkerCompletesIt()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Payment), new { urgency = 7 });
        var task = harness.ExternalTask(instance, "pay");

        Assert.That(harness.OpenTaskActivities(instance), Is.Empty);
        Assert.That((task.Topic, task.Priority), Is.EqualTo(("finance-payment", 7L)));

        await harness.CompleteExternalAsync(instance, task.TaskId, new { voucher = "PZ-001" });

        Assert.Multiple(() =>
        {
            Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "review" }));
            Assert.That(instance.Variables["voucher"].GetString(), Is.EqualTo("PZ-001"));
            Assert.That(harness.OpenExternalTasks, Is.Empty);
            Assert.That(harness.OpenTimers, Is.Empty);
            Assert.That(harness.Events.OfType<VariableChanged>().Single(e => e.Name == "voucher").Actor, Is.EqualTo("worker-1"));
        });
    }

    [Test]
    public async Task ShouldCatchTheBpmnErrorAWorkerReportsOnTheTasksErrorBoundary()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Payment), new { urgency = 1 });

        await harness.ThrowExternalErrorAsync(instance, harness.ExternalTask(instance, "pay").TaskId, "PAYMENT_REFUSED", new { reason = "account closed" });

        Assert.Multiple(() =>
        {
            Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "fix" }));
            Assert.That(instance.Variables["reason"].GetString(), Is.EqualTo("account closed"));
            Assert.That(harness.OpenExternalTasks, Is.Empty);
            Assert.That(instance.Incidents, Is.Empty);
        });
    }

    [Test]
    public async Task ShouldRaiseAnIncidentForABpmnErrorNoBoundaryCatches()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Payment), new { urgency = 1 });

        await harness.ThrowExternalErrorAsync(instance, harness.ExternalTask(instance, "pay").TaskId, "UNKNOWN_CODE");

        Assert.Multiple(() =>
        {
            Assert.That(instance.Incidents.Single().ActivityId, Is.EqualTo("pay"));
            Assert.That(instance.Incidents.Single().Message, Does.Contain("UNKNOWN_CODE"));
            Assert.That(harness.OpenExternalTasks, Is.Empty);
        });
    }

    [Test]
    public async Task ShouldParkTheTokenOnAnIncidentWhenTheWorkerGivesUpAndOpenANewTaskWhenItIsRetried()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Payment), new { urgency = 1 });
        var first = harness.ExternalTask(instance, "pay").TaskId;

        await harness.FailExternalAsync(instance, first, "bank gateway down");

        Assert.That(instance.Incidents.Single().Message, Is.EqualTo("bank gateway down"));
        Assert.That(harness.OpenExternalTasks, Is.Empty);

        await harness.RetryAsync(instance);

        var second = harness.ExternalTask(instance, "pay").TaskId;
        Assert.That(second, Is.Not.EqualTo(first));
        await harness.CompleteExternalAsync(instance, second);
        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "review" }));
    }

    [Test]
    public async Task ShouldCloseTheExternalTaskWhenATimerBoundaryInterruptsIt()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Payment), new { urgency = 1 });
        var task = harness.ExternalTask(instance, "pay").TaskId;

        await harness.FireAsync(instance, "late");

        Assert.Multiple(() =>
        {
            Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "chase" }));
            Assert.That(harness.Events.OfType<ExternalTaskCancelled>().Select(e => e.TaskId), Is.EqualTo(new[] { task }));
        });
        Assert.That(async () => await harness.CompleteExternalAsync(instance, task), Throws.TypeOf<ExternalTaskNotOpenException>());
    }

    [Test]
    public async Task ShouldCloseTheExternalTaskWhenTheInstanceIsCancelled()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Payment), new { urgency = 1 });

        await harness.CancelAsync(instance);

        Assert.That(harness.OpenExternalTasks, Is.Empty);
    }

    [Test]
    public async Task ShouldOpenOneTaskPerIterationWhoseWorkerSeesItsElementVariable()
    {
        var harness = new EngineHarness();
        var model = Bpmn.Process("archiving", $"""
            <startEvent id="start" />
            {Bpmn.Flow("f1", "start", "archive")}
            <serviceTask id="archive" camunda:type="external" camunda:topic="archive">
              <multiInstanceLoopCharacteristics camunda:collection="files" camunda:elementVariable="file" />
            </serviceTask>
            {Bpmn.Flow("f2", "archive", "end")}
            <endEvent id="end" />
            """);
        var instance = await harness.StartAsync(harness.Deploy(model), new { files = new[] { "a.pdf", "b.pdf" }, file = "instance-level.pdf" });

        var seen = harness.OpenExternalTasks.Values
            .Select(task => instance.VariablesVisibleFrom(task.ExecutionId)["file"].GetString())
            .Order();

        Assert.That(seen, Is.EqualTo(new[] { "a.pdf", "b.pdf" }));
        foreach (var task in harness.OpenExternalTasks.Values.ToList())
            await harness.CompleteExternalAsync(instance, task.TaskId);
        Assert.That(instance.Status, Is.EqualTo(InstanceStatus.Completed));
    }
}
