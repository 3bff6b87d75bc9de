using Workflows.Persistence.History;
using Workflows.Runtime.Instances.GetInstance;
using Workflows.Runtime.Tasks.CompleteTask;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Instances;

/// <summary>History rows are written in one multi-row statement per save; these pin down what that must keep.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class InstanceHistoryTests(string provider) : ProviderFixture(provider)
{
    [Test]
    public async Task ShouldKeepHistoryRowsInTheOrderTheEngineRaisedThem()
    {
        await PublishAssetAsync("approval");
        var started = await StartAsync("approval");
        await Host.SendAsync(new CompleteTask(await OpenTaskAsync(started.InstanceId, "draft"), null, "clerk"));

        var history = (await Host.QueryAsync(new GetInstance(started.InstanceId))).History.ToList();

        var draftEnded = history.FindIndex(h => h.Kind == HistoryKind.ActivityEnded && h.ActivityId == "draft");
        var reviewCreated = history.FindIndex(h => h.Kind == HistoryKind.TaskCreated && h.ActivityId == "review");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(history[0].Kind, Is.EqualTo(HistoryKind.InstanceStarted));
            Assert.That(draftEnded, Is.GreaterThan(0));
            Assert.That(reviewCreated, Is.GreaterThan(draftEnded));
        }
    }

    [Test]
    public async Task ShouldStampEveryHistoryRowWithItsInstanceVersionAndTheCommandsTime()
    {
        await PublishAssetAsync("approval");
        var started = await StartAsync("approval");
        await Host.SendAsync(new CompleteTask(await OpenTaskAsync(started.InstanceId, "draft"), null, "clerk"));

        var details = await Host.QueryAsync(new GetInstance(started.InstanceId));

        Assert.That(details.History, Has.Count.GreaterThan(5).And.All.Matches<HistoryEntry>(h =>
            h.InstanceId == started.InstanceId && h.DefinitionKey == "approval" && h.DefinitionVersion == started.Version
            && h.At == details.StartedAt));
    }
}
