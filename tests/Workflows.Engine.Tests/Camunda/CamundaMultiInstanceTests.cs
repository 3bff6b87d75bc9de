using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Camunda;

/// <summary>Camunda's MultiInstanceTest.testParallelUserTasks: names and assignees mixed with <c>${loopCounter}</c>.</summary>
public sealed class CamundaMultiInstanceTests
{
    [Test]
    public async Task TestParallelUserTasks()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(CamundaModels.Deploy(harness, "MultiInstanceTest.testParallelUserTasks.bpmn20.xml"));
        var tasks = harness.Tasks(instance, "miTasks").OrderBy(task => task.Name, StringComparer.Ordinal).ToList();
        Assert.That(tasks.Select(task => task.Name), Is.EqualTo(new[] { "My Task 0", "My Task 1", "My Task 2" }));
        Assert.That(tasks.Select(task => task.Assignee), Is.EqualTo(new[] { "kermit_0", "kermit_1", "kermit_2" }));

        for (var i = 0; i < 3; i++)
        {
            Assert.That(harness.Tasks(instance, "miTasks"), Has.Count.EqualTo(3 - i));
            await harness.CompleteAsync(instance, tasks[i].TaskId);
        }

        Assert.That(harness.Instance(instance.Id).Status, Is.EqualTo(InstanceStatus.Completed));
    }
}
