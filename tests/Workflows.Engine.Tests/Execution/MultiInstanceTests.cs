using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

public sealed class MultiInstanceTests
{
    private static string Approvals(bool sequential, string completionCondition = "") => Bpmn.Process("approvals", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "approve")}
        <userTask id="approve" camunda:assignee="${"{"}approver{"}"}">
          <multiInstanceLoopCharacteristics isSequential="{(sequential ? "true" : "false")}" camunda:collection="approvers" camunda:elementVariable="approver">
            {completionCondition}
          </multiInstanceLoopCharacteristics>
        </userTask>
        {Bpmn.Flow("f2", "approve", "after")}
        <userTask id="after" />
        {Bpmn.Flow("f3", "after", "end")}
        <endEvent id="end" />
        """);

    private static readonly object ThreeApprovers = new { approvers = new[] { "bureau", "finance", "dgsc" } };

    [Test]
    public async Task ShouldCreateOneTaskPerItemAtOnceWhenParallel()
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(harness.Deploy(Approvals(sequential: false)), ThreeApprovers);

        Assert.That(harness.Tasks(instance, "approve").Select(task => task.Assignee), Is.EquivalentTo(new[] { "bureau", "finance", "dgsc" }));
    }

    [Test]
    public async Task ShouldCompleteAfterEveryInstanceWithoutACondition()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Approvals(sequential: false)), ThreeApprovers);

        foreach (var task in harness.Tasks(instance, "approve"))
            await harness.CompleteAsync(instance, task.TaskId);

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "after" }));
    }

    [Test]
    public async Task ShouldCompleteWhenTheConditionHoldsAndCancelTheRemainingInstances()
    {
        var harness = new EngineHarness();
        var twoOfThree = "<completionCondition>${nrOfCompletedInstances >= 2}</completionCondition>";
        var instance = await harness.StartAsync(harness.Deploy(Approvals(sequential: false, twoOfThree)), ThreeApprovers);
        var tasks = harness.Tasks(instance, "approve");

        await harness.CompleteAsync(instance, tasks[0].TaskId);
        await harness.CompleteAsync(instance, tasks[1].TaskId);

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "after" }));
        Assert.That(harness.Events.OfType<UserTaskCancelled>().Single().TaskId, Is.EqualTo(tasks[2].TaskId));
    }

    [Test]
    public async Task ShouldKeepWaitingWhileTheConditionDoesNotHold()
    {
        var harness = new EngineHarness();
        var twoOfThree = "<completionCondition>${nrOfCompletedInstances >= 2}</completionCondition>";
        var instance = await harness.StartAsync(harness.Deploy(Approvals(sequential: false, twoOfThree)), ThreeApprovers);

        await harness.CompleteAsync(instance, harness.Tasks(instance, "approve")[0].TaskId);

        Assert.That(harness.Tasks(instance, "approve"), Has.Exactly(2).Items);
        var body = instance.Executions.Single(e => e.State == ExecutionState.MultiInstanceBody);
        Assert.That(body.Variables!["nrOfCompletedInstances"].GetInt32(), Is.EqualTo(1));
        Assert.That(body.Variables["nrOfActiveInstances"].GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task ShouldRunOneInstanceAfterAnotherWhenSequential()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Approvals(sequential: true)), ThreeApprovers);
        var assignees = new List<string?>();

        while (harness.Tasks(instance, "approve") is [var task])
        {
            assignees.Add(task.Assignee);
            await harness.CompleteAsync(instance, task.TaskId);
        }

        Assert.That(assignees, Is.EqualTo(new[] { "bureau", "finance", "dgsc" }));
        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "after" }));
    }

    [Test]
    public async Task ShouldGiveEachInstanceItsLoopCounter()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Approvals(sequential: false)), ThreeApprovers);

        var counters = instance.Executions.Where(e => e.TaskId is not null).Select(e => e.Variables!["loopCounter"].GetInt32());

        Assert.That(counters, Is.EquivalentTo(new[] { 0, 1, 2 }));
    }

    [Test]
    public async Task ShouldRunAServiceTaskLoopCardinalityTimes()
    {
        var handler = new DelegateHandler("notify", _ => { });
        var harness = new EngineHarness(handler);
        var xml = Bpmn.Process("notify-all", $"""
            <startEvent id="start" />
            {Bpmn.Flow("f1", "start", "notify")}
            <serviceTask id="notify" camunda:class="notify">
              <multiInstanceLoopCharacteristics isSequential="true"><loopCardinality>${"{"}copies{"}"}</loopCardinality></multiInstanceLoopCharacteristics>
            </serviceTask>
            {Bpmn.Flow("f2", "notify", "end")}
            <endEvent id="end" />
            """);

        var instance = await harness.StartAsync(harness.Deploy(xml), new { copies = 4 });

        Assert.That(handler.Calls, Is.EqualTo(4));
        Assert.That(instance.Status, Is.EqualTo(InstanceStatus.Completed));
    }

    [Test]
    public async Task ShouldRaiseAnIncidentWhenTheCollectionIsNotAnArray()
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(harness.Deploy(Approvals(sequential: false)), new { approvers = "bureau" });

        Assert.That(instance.Incidents.Single().ActivityId, Is.EqualTo("approve"));
    }

    [Test]
    public async Task ShouldRunAMultiInstanceSubProcessPerItem()
    {
        var harness = new EngineHarness();
        var xml = Bpmn.Process("per-department", $"""
            <startEvent id="start" />
            {Bpmn.Flow("f1", "start", "perDepartment")}
            <subProcess id="perDepartment">
              <multiInstanceLoopCharacteristics camunda:collection="departments" camunda:elementVariable="department" />
              <startEvent id="subStart" />
              {Bpmn.Flow("s1", "subStart", "fill")}
              <userTask id="fill" camunda:assignee="${"{"}department{"}"}" />
              {Bpmn.Flow("s2", "fill", "subEnd")}
              <endEvent id="subEnd" />
            </subProcess>
            {Bpmn.Flow("f2", "perDepartment", "end")}
            <endEvent id="end" />
            """);
        var instance = await harness.StartAsync(harness.Deploy(xml), new { departments = new[] { "dept-a", "dept-b" } });

        foreach (var task in harness.Tasks(instance, "fill"))
            await harness.CompleteAsync(instance, task.TaskId);

        Assert.That(instance.Status, Is.EqualTo(InstanceStatus.Completed));
        Assert.That(harness.Events.OfType<UserTaskCreated>().Select(e => e.Task.Assignee), Is.EquivalentTo(new[] { "dept-a", "dept-b" }));
    }
}
