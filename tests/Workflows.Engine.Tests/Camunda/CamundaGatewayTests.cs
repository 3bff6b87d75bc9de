using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Camunda;

/// <summary>Camunda's ExclusiveGatewayTest and ParallelGatewayTest over their models.</summary>
public sealed class CamundaGatewayTests
{
    [Test]
    public async Task TestNoIdOnSequenceFlow()
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "ExclusiveGatewayTest.testNoIdOnSequenceFlow.bpmn20.xml"), new { input = 3 });

        Assert.That(CamundaModels.TaskNames(harness, instance), Is.EqualTo(new[] { "Input is more than one" }));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public async Task TestDivergingExclusiveGateway(int input)
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "ExclusiveGatewayTest.testDivergingExclusiveGateway.bpmn20.xml"), new { input });

        Assert.That(CamundaModels.TaskNames(harness, instance), Is.EqualTo(new[] { $"Task {input}" }));
    }

    [Test]
    public async Task TestForkJoin()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "ParallelGatewayTest.testForkJoin.bpmn20.xml"));
        Assert.That(CamundaModels.TaskNames(harness, instance), Is.EqualTo(new[] { "Receive Payment", "Ship Order" }));

        await harness.CompleteAsync(instance, "receivePayment");
        await harness.CompleteAsync(instance, "shipOrder");

        Assert.That(CamundaModels.TaskNames(harness, instance), Is.EqualTo(new[] { "Archive Order" }));
    }
}
