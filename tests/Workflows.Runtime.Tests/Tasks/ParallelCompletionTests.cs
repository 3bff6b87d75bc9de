using System.Text.Json;
using Workflows.Runtime.Tasks.CompleteTask;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Tasks;

/// <summary>
/// Two clerks completing the two tasks of a parallel split at the same moment both change one instance: the
/// command that commits second must redo its work on the new state, not fail with a conflict.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class ParallelCompletionTests(string provider) : ProviderFixture(provider)
{
    private static readonly IReadOnlyDictionary<string, JsonElement> Approved =
        new Dictionary<string, JsonElement> { ["approved"] = JsonSerializer.SerializeToElement(true) };

    [Test]
    public async Task ShouldCompleteBothBranchesWhenTheirTasksAreCompletedAtOnce()
    {
        await PublishAssetAsync("approval");
        var instances = new List<Guid>();
        for (var i = 0; i < 10; i++)
            instances.Add(await AtTheParallelSplitAsync());

        foreach (var instanceId in instances)
        {
            var finance = await OpenTaskAsync(instanceId, "finance");
            var tech = await OpenTaskAsync(instanceId, "tech");
            var completions = new[] { finance, tech }
                .Select(task => Task.Run(() => Host.SendAsync(new CompleteTask(task, null, "reviewer"))));
            await Task.WhenAll(completions);
        }

        foreach (var instanceId in instances)
            Assert.That(async () => await OpenTaskAsync(instanceId, "contract"), Throws.Nothing, $"instance {instanceId} passed the join");
    }

    private async Task<Guid> AtTheParallelSplitAsync()
    {
        var started = await StartAsync("approval");
        await Host.SendAsync(new CompleteTask(await OpenTaskAsync(started.InstanceId, "draft"), null, "clerk"));
        await Host.SendAsync(new CompleteTask(await OpenTaskAsync(started.InstanceId, "review"), Approved, "reviewer"));
        return started.InstanceId;
    }
}
