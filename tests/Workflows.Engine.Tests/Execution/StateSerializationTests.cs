using System.Text.Json;
using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.InMemory;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

public sealed class StateSerializationTests
{
    private static readonly string Mixed = Bpmn.Process("mixed", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f0", "start", "fork")}
        <parallelGateway id="fork" />
        {Bpmn.Flow("f1", "fork", "approve")}
        {Bpmn.Flow("f2", "fork", "quick")}
        <userTask id="approve" camunda:assignee="${"{"}approver{"}"}">
          <multiInstanceLoopCharacteristics camunda:collection="approvers" camunda:elementVariable="approver" />
        </userTask>
        <boundaryEvent id="deadline" attachedToRef="approve" cancelActivity="false"><timerEventDefinition><timeCycle>R2/PT1H</timeCycle></timerEventDefinition></boundaryEvent>
        {Bpmn.Flow("f3", "deadline", "remindEnd")}
        <endEvent id="remindEnd" />
        <userTask id="quick" />
        {Bpmn.Flow("j1", "approve", "join")}
        {Bpmn.Flow("j2", "quick", "join")}
        <parallelGateway id="join" />
        {Bpmn.Flow("f4", "join", "end")}
        <endEvent id="end" />
        """);

    [Test]
    public async Task ShouldRoundTripTheExecutionTreeThroughJson()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(Mixed), new { approvers = new[] { "a", "b" } });
        await harness.CompleteAsync(instance, "quick");

        var json = JsonSerializer.Serialize(instance);
        var copy = JsonSerializer.Deserialize<ProcessInstance>(json)!;

        Assert.That(JsonSerializer.Serialize(copy), Is.EqualTo(json));
        Assert.That(copy.Executions.Select(e => e.State), Is.EquivalentTo(instance.Executions.Select(e => e.State)));
        Assert.That(copy.Executions.Single(e => e.State == ExecutionState.Joined).JoinFlowId, Is.EqualTo("j2"));
    }

    [Test]
    public async Task ShouldContinueFromDeserializedStateInAFreshSession()
    {
        var harness = new EngineHarness();
        var definition = harness.Deploy(Mixed);
        var instance = await harness.StartAsync(definition, new { approvers = new[] { "a", "b" } });
        await harness.CompleteAsync(instance, "quick");
        var restored = JsonSerializer.Deserialize<ProcessInstance>(JsonSerializer.Serialize(instance))!;
        var session = new InMemoryInstanceSession();
        session.Add(restored);

        foreach (var task in harness.Tasks(instance, "approve"))
            harness.Record(await harness.Engine.CompleteTaskAsync(session, restored, task.TaskId, null, "clerk"));

        Assert.That(restored.Status, Is.EqualTo(InstanceStatus.Completed));
        Assert.That(harness.OpenTimers, Is.Empty);
    }
}
