using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.InMemory;
using Workflows.Engine.Parsing;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

/// <summary>The benchmark model: draft, review, a decision, parallel finance and technical reviews, a contract.</summary>
public sealed class ApprovalModelTests
{
    private static string ApprovalXml() =>
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Execution", "Assets", "approval.bpmn"));

    [Test]
    public async Task ShouldRunAnApprovedApplicationThroughEveryTask()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(ApprovalXml()));

        await harness.CompleteAsync(instance, "draft");
        await harness.CompleteAsync(instance, "review", new { approved = true });
        var parallel = harness.OpenTaskActivities(instance);
        await harness.CompleteAsync(instance, "tech");
        await harness.CompleteAsync(instance, "finance");
        await harness.CompleteAsync(instance, "contract");

        Assert.That(parallel, Is.EqualTo(new[] { "finance", "tech" }));
        Assert.That(instance.Status, Is.EqualTo(InstanceStatus.Completed));
        Assert.That(harness.Completed(instance), Does.Contain("join").And.Contain("done"));
    }

    [Test]
    public async Task ShouldEndARejectedApplicationAfterTheReview()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(ApprovalXml()));

        await harness.CompleteAsync(instance, "draft");
        await harness.CompleteAsync(instance, "review", new { approved = false });

        Assert.That(instance.Status, Is.EqualTo(InstanceStatus.Completed));
        Assert.That(harness.Completed(instance), Does.Contain("rejected"));
    }

    [Test]
    public async Task ShouldCompleteEveryInstanceOfTheInMemoryBenchmark()
    {
        var model = BpmnImporter.ImportSingleExecutable(ApprovalXml());

        var result = await InMemoryBenchmark.RunAsync(model, instances: 300, workers: 2);

        Assert.That(result.Completed, Is.EqualTo(300));
        Assert.That(result.InstancesPerSecond, Is.GreaterThan(0));
    }
}
