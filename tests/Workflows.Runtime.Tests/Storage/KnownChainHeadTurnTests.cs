using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Persistence.Audit;
using Workflows.Runtime.Tasks.CompleteTask;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Storage;

/// <summary>
/// The turn a PostgreSQL save takes at <see cref="KnownChainHead"/>'s gate ends with the command however the save failed,
/// even where EF Core tells no interceptor (a failure inside a save interceptor): a failed command must not leave the
/// gate taken, making every later save of the process wait for it and read the head under the lock. Its own fixture
/// and database: the head known per database is process-wide.
/// </summary>
public sealed class KnownChainHeadTurnTests() : ProviderFixture("PostgreSql")
{
    private PostgresWire wire = null!;

    protected override Task<RuntimeHost> BootAsync() => PostgresWire.StartHostAsync(Provider, (relay, _) => wire = relay);

    [OneTimeTearDown]
    public async Task StopWireAsync() => await wire.DisposeAsync();

    [Test]
    public async Task ShouldEndTheTurnOfACommandWhoseSaveFailedInsideTheAuditChain()
    {
        await PublishAssetAsync("approval");
        var instances = new List<Guid>();
        for (var i = 0; i < 4; i++)
            instances.Add((await StartAsync("approval")).InstanceId);
        // The database refuses the history of a completion by "refused": in the batch of a save linking to the known head,
        // then (the head unknown after that failure) in the command that takes the chain's lock and reads its head.
        await Host.ReadAsync(db => db.Database.ExecuteSqlRawAsync("""
            CREATE FUNCTION refuse_history() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.actor = 'refused' THEN RAISE EXCEPTION 'history refused by the test'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse_history BEFORE INSERT ON history FOR EACH ROW EXECUTE FUNCTION refuse_history();
            """));
        try
        {
            foreach (var refused in instances.Take(2))
            {
                var task = await OpenTaskAsync(refused, "draft");
                Assert.That(async () => await Host.SendAsync(new CompleteTask(task, null, "refused")),
                    Throws.Exception.With.Property(nameof(Exception.Message)).Contains("history refused by the test")
                        .Or.InnerException.With.Property(nameof(Exception.Message)).Contains("history refused by the test"));
            }

            // The failed command's context went back to the pool; held here, the next commands run on other contexts.
            await using var holder = Host.Services.CreateAsyncScope();
            _ = holder.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            var readsTheHead = await OpenTaskAsync(instances[2], "draft");
            wire.Reset();
            await Host.SendAsync(new CompleteTask(readsTheHead, null, "clerk"));
            var readTrips = wire.RoundTrips;
            var linksToTheHead = await OpenTaskAsync(instances[3], "draft");
            wire.Reset();
            await Host.SendAsync(new CompleteTask(linksToTheHead, null, "clerk"));
            var knownTrips = wire.RoundTrips;

            var chain = await Host.ReadAsync(db => db.Set<AuditEntry>().OrderBy(entry => entry.Sequence).ToListAsync());
            var breaks = chain.Select((entry, index) => AuditChain.BreakAt(index == 0 ? null : chain[index - 1], entry)).OfType<string>().ToList();
            using (Assert.EnterMultipleScope())
            {
                Assert.That(readTrips, Is.EqualTo(3), "after the failures the head is unknown: read under the lock");
                Assert.That(knownTrips, Is.EqualTo(2), "the head that save committed is known again: no turn left taken by a failed command");
                Assert.That(breaks, Is.Empty);
                Assert.That(chain.Select(entry => entry.Target), Is.EqualTo(new[] { "definition approval v1", $"task {readsTheHead}", $"task {linksToTheHead}" }));
            }
        }
        finally
        {
            await Host.ReadAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER refuse_history ON history; DROP FUNCTION refuse_history();"));
        }
    }
}
