using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Persistence.Audit;
using Workflows.Persistence.History;
using Workflows.Runtime.Tasks.CompleteTask;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Storage;

/// <summary>
/// On PostgreSQL a task completion links its audit row to the chain's head as this process last committed it, checked
/// under the chain's lock in the batch that commits (<see cref="KnownChainHead"/>). A row appended meanwhile by a save
/// that did not go this way (another node, a save without a command) fails the check: nothing of the batch commits,
/// the completion runs again on the true head, and the chain stays whole and in order. Its own fixture: the head
/// known per database is read for a while after such a miss.
/// </summary>
public sealed class KnownChainHeadTests() : ProviderFixture("PostgreSql")
{
    private PostgresWire wire = null!;

    protected override Task<RuntimeHost> BootAsync() => PostgresWire.StartHostAsync(Provider, (relay, _) => wire = relay);

    [OneTimeTearDown]
    public async Task StopWireAsync() => await wire.DisposeAsync();

    [Test]
    public async Task ShouldCompleteATaskAgainOnTheTrueHeadWhenTheChainGrewElsewhere()
    {
        await PublishAssetAsync("approval");
        var first = await StartAsync("approval");
        var second = await StartAsync("approval");
        var third = await StartAsync("approval");
        await Host.SendAsync(new CompleteTask(await OpenTaskAsync(first.InstanceId, "draft"), null, "clerk"));
        // A save outside any command appends to the chain without the process's head knowing it.
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            db.Add(new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "elsewhere", Action = "test.appended", Target = "elsewhere" });
            await db.SaveChangesAsync();
        }

        var draft = await OpenTaskAsync(second.InstanceId, "draft");
        wire.Reset();
        await Host.SendAsync(new CompleteTask(draft, null, "clerk"));
        var missedTrips = wire.RoundTrips;
        var afterTheMiss = await OpenTaskAsync(third.InstanceId, "draft");
        wire.Reset();
        await Host.SendAsync(new CompleteTask(afterTheMiss, null, "clerk"));
        var readTrips = wire.RoundTrips;

        var chain = await Host.ReadAsync(db => db.Set<AuditEntry>().OrderBy(entry => entry.Sequence).ToListAsync());
        var breaks = chain.Select((entry, index) => AuditChain.BreakAt(index == 0 ? null : chain[index - 1], entry)).OfType<string>().ToList();
        var completions = await Host.ReadAsync(db => db.Set<HistoryEntry>().CountAsync(entry => entry.TaskId == draft && entry.Kind == HistoryKind.TaskCompleted));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(breaks, Is.Empty, "the chain verifies from its first row to its last");
            Assert.That(chain.Select(entry => entry.Target), Is.EqualTo(new[]
            {
                "definition approval v1", $"task {await OpenDraftIdAsync(first.InstanceId)}", "elsewhere", $"task {draft}", $"task {afterTheMiss}",
            }), "each row once, in the order the saves committed");
            Assert.That(completions, Is.EqualTo(1), "the completion's history saved by its second run only");
            Assert.That(await OpenTaskAsync(second.InstanceId, "review"), Is.Not.EqualTo(Guid.Empty));
            Assert.That(missedTrips, Is.EqualTo(6), "the task; the batch that failed its head check; its ROLLBACK; then the run on the head read under the lock (3)");
            Assert.That(readTrips, Is.EqualTo(3), "after a miss the head is read under the lock for a while");
        }
    }

    private Task<Guid> OpenDraftIdAsync(Guid instanceId) => Host.ReadAsync(db =>
        db.Set<HistoryEntry>().Where(entry => entry.InstanceId == instanceId && entry.Kind == HistoryKind.TaskCompleted)
            .Select(entry => entry.TaskId!.Value).SingleAsync());
}
