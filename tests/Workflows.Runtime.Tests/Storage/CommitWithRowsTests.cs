using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Persistence.History;
using Workflows.Persistence.Instances;
using Workflows.Persistence.Rows;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Tasks.CompleteTask;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Storage;

/// <summary>
/// On PostgreSQL a command's COMMIT and its history rows travel in the batch of its last rows: two round trips for a
/// start, and for a task completion once the audit chain's head is known (<see cref="Workflows.Persistence.Audit.KnownChainHead"/>),
/// nothing sent after the commit (no second COMMIT, no ROLLBACK, no warning from the server), and a batch
/// with a failed statement or a stale revision commits nothing and leaves its connection fit for the next command.
/// What the server answers is read on the wire (<see cref="PostgresWire"/>).
/// </summary>
public sealed class CommitWithRowsTests() : ProviderFixture("PostgreSql")
{
    private readonly DateTimeOffset started = new(2026, 11, 25, 1, 30, 0, TimeSpan.Zero);
    private PostgresWire wire = null!;
    private CommitWitness witness = null!;

    protected override Task<RuntimeHost> BootAsync() => PostgresWire.StartHostAsync(Provider, (relay, services) =>
    {
        wire = relay;
        witness = new CommitWitness(relay);
        services.AddSingleton<IInterceptor>(witness);
    });

    [OneTimeTearDown]
    public async Task StopWireAsync() => await wire.DisposeAsync();

    [Test]
    public async Task ShouldStartAnInstanceAndCompleteATaskInTwoRoundTripsEach()
    {
        // The publication appends to the audit chain: its head is known from then on.
        await PublishAssetAsync("approval");
        // The first command of a pooled connection prepares its statements: count warm ones.
        await StartAsync("approval");

        wire.Reset();
        var instance = await StartAsync("approval");
        var startTrips = wire.RoundTrips;
        var draft = await OpenTaskAsync(instance.InstanceId, "draft");
        wire.Reset();
        witness.Reset();
        await Host.SendAsync(new CompleteTask(draft, null, "clerk"));
        var completionTrips = wire.RoundTrips;
        var notices = wire.Notices;
        var committed = witness.RoundTripsAtCommitted;

        var review = await OpenTaskAsync(instance.InstanceId, "review");
        var audited = await Host.ReadAsync(db => db.Set<Workflows.Persistence.Audit.AuditEntry>().CountAsync(entry => entry.Target == $"task {draft}"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(startTrips, Is.EqualTo(2), "the definition's version; the history, the rows and the COMMIT");
            Assert.That(completionTrips, Is.EqualTo(2), "the task and its instance; the history, the chain's lock and head check, the rows and the COMMIT");
            Assert.That(notices, Is.Empty, "nothing sent after the commit, which the server would warn of");
            Assert.That(committed, Is.EqualTo(new[] { 2L }), "after-commit work told once, when the COMMIT's answer had come back");
            Assert.That(review, Is.Not.EqualTo(Guid.Empty));
            Assert.That(audited, Is.EqualTo(1), "the completion's audit row committed with it");
        }
    }

    [Test]
    public async Task ShouldCommitNothingOfABatchWhoseInstanceRevisionIsStale()
    {
        var instance = Instance();
        await CommitAsync(db =>
        {
            db.Add(instance);
            return ValueTask.CompletedTask;
        });

        await using var stale = Host.Services.CreateAsyncScope();
        var staleDb = stale.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var staleRow = await staleDb.FindRowAsync<InstanceRecord>(instance.Id, CancellationToken.None);
        await CommitAsync(async db => (await db.FindRowAsync<InstanceRecord>(instance.Id, CancellationToken.None))!.Revision = 2);
        staleRow!.Revision++;
        var task = OpenTask(instance.Id);
        staleDb.AddRange(task, new HistoryEntry
        {
            InstanceId = instance.Id, At = started, Kind = HistoryKind.TaskCreated, DefinitionKey = "approval", DefinitionVersion = 1, TaskId = task.Id,
        });
        wire.Reset();

        Assert.That(() => SaveAndCommitAsync(staleDb), Throws.InstanceOf<DbUpdateConcurrencyException>());

        await AssertTheConnectionServesTheNextCommandAsync(staleDb);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await Host.ReadAsync(db => db.UserTasks.AnyAsync(t => t.Id == task.Id)), Is.False, "the task of the failed batch");
            Assert.That(await Host.ReadAsync(db => db.Set<HistoryEntry>().AnyAsync(h => h.TaskId == task.Id)), Is.False, "the history row at the head of the failed batch");
            Assert.That(await Host.ReadAsync(db => db.Instances.Where(i => i.Id == instance.Id).Select(i => i.Revision).SingleAsync()), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task ShouldCommitNothingOfABatchWithARowThatBreaksAConstraint()
    {
        var instance = Instance();
        var existing = OpenTask(instance.Id);
        await CommitAsync(db =>
        {
            db.AddRange(instance, existing);
            return ValueTask.CompletedTask;
        });

        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var row = (await db.FindRowAsync<InstanceRecord>(instance.Id, CancellationToken.None))!;
        row.Revision++;
        var fresh = OpenTask(instance.Id);
        var duplicate = OpenTask(instance.Id);
        duplicate.Id = existing.Id;
        db.AddRange(fresh, duplicate);
        wire.Reset();

        Assert.That(() => SaveAndCommitAsync(db), Throws.InstanceOf<DbUpdateException>().And.Not.InstanceOf<DbUpdateConcurrencyException>());

        await AssertTheConnectionServesTheNextCommandAsync(db);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await Host.ReadAsync(d => d.UserTasks.AnyAsync(t => t.Id == fresh.Id)), Is.False, "the other row of the failed batch");
            Assert.That(await Host.ReadAsync(d => d.Instances.Where(i => i.Id == instance.Id).Select(i => i.Revision).SingleAsync()), Is.EqualTo(1));
        }
    }

    /// <summary>
    /// The failed batch's transaction is rolled back once, when disposed, without a warning; the same context and
    /// pooled connection then commit a row in one round trip (BEGIN, the row and COMMIT together).
    /// </summary>
    private async Task AssertTheConnectionServesTheNextCommandAsync(WorkflowsDbContext db)
    {
        db.ChangeTracker.Clear();
        var next = Instance();
        db.Add(next);
        var beforeNext = wire.RoundTrips;
        await SaveAndCommitAsync(db);
        var nextTrips = wire.RoundTrips - beforeNext;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(beforeNext, Is.EqualTo(2), "the failed batch (its BEGIN with it), then the ROLLBACK of its disposal");
            Assert.That(nextTrips, Is.EqualTo(1), "the next save and its COMMIT");
            Assert.That(wire.Notices, Is.Empty);
            Assert.That(await Host.ReadAsync(other => other.Instances.AnyAsync(i => i.Id == next.Id)), Is.True);
        }
    }

    private static async Task SaveAndCommitAsync(WorkflowsDbContext db)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await CommitWithRows.SaveChangesAndCommitAsync(db, transaction, CancellationToken.None);
    }

    /// <summary>Commits what <paramref name="change"/> does, in a scope of its own.</summary>
    private async Task CommitAsync(Func<WorkflowsDbContext, ValueTask> change)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        await change(db);
        await SaveAndCommitAsync(db);
    }

    /// <summary>Records, at each transaction EF Core reports committed, how many round trips the wire had seen.</summary>
    private sealed class CommitWitness(PostgresWire wire) : DbTransactionInterceptor
    {
        private readonly List<long> roundTrips = [];

        public IReadOnlyList<long> RoundTripsAtCommitted
        {
            get
            {
                lock (roundTrips)
                    return [.. roundTrips];
            }
        }

        public void Reset()
        {
            lock (roundTrips)
                roundTrips.Clear();
        }

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            lock (roundTrips)
                roundTrips.Add(wire.RoundTrips);
            return System.Threading.Tasks.Task.CompletedTask;
        }
    }

    private UserTaskRecord OpenTask(Guid instanceId) => new()
    {
        Id = Guid.NewGuid(), InstanceId = instanceId, ExecutionId = Guid.NewGuid(), ActivityId = "review", Name = "Review",
        Status = UserTaskStatus.Open, DueAt = started.AddDays(5), Priority = 50, CreatedAt = started,
        DefinitionKey = "approval", DefinitionVersion = 1,
    };

    private InstanceRecord Instance() => new()
    {
        Id = Guid.NewGuid(), DefinitionId = Guid.NewGuid(), DefinitionKey = "approval", DefinitionVersion = 1,
        Status = InstanceStatus.Running, State = "{}", StartedAt = started, Revision = 1,
    };
}
