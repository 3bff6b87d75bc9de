using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

/// <summary>A node without outgoing flow ends its path (BPMN 2.0 §13.2); the scope ends with its last path.</summary>
public sealed class ImplicitEndTests
{
    [Test]
    public async Task ShouldEndTheInstanceAfterATaskWithoutOutgoingFlow()
    {
        var harness = new EngineHarness();
        var definition = harness.Deploy(Bpmn.Process("implicit", $"""
            <startEvent id="start" />
            {Bpmn.Flow("f1", "start", "fork")}
            <parallelGateway id="fork" />
            {Bpmn.Flow("f2", "fork", "a")}
            {Bpmn.Flow("f3", "fork", "b")}
            <userTask id="a" />
            <exclusiveGateway id="b" />
            """));
        var instance = await harness.StartAsync(definition);
        Assert.That(instance.Status, Is.EqualTo(InstanceStatus.Running));

        await harness.CompleteAsync(instance, "a");

        Assert.That(harness.Instance(instance.Id).Status, Is.EqualTo(InstanceStatus.Completed));
    }
}
