using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;
using Workflows.Persistence;
using Workflows.Persistence.Rows;
using Workflows.Runtime.Common;
using Workflows.Runtime.Definitions.PublishDefinition;
using Workflows.Runtime.Definitions.SaveDraft;
using Workflows.Runtime.Instances.StartInstance;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Storage;

/// <summary>
/// SQLite commits the commands that meet at the write gate as one group on the writer connection: each command in a
/// savepoint of its own, one COMMIT for all of them, no one answered before it returned.
/// </summary>
public sealed class GroupCommitTests
{
    private readonly PrepareCounter prepares = new();
    private RuntimeHost host = null!;

    [OneTimeSetUp]
    public async Task StartHostAsync()
    {
        host = await RuntimeHost.StartAsync("Sqlite", (services, configuration) =>
        {
            services.AddPlatformForTests(configuration);
            services.AddSingleton<IInterceptor>(prepares);
        }, PlatformHost.CreateSchemaAsync);
        await host.ReadAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TABLE probe_parent (id INTEGER PRIMARY KEY); " +
            "CREATE TABLE probe_child (id INTEGER PRIMARY KEY, parent INTEGER NOT NULL REFERENCES probe_parent (id) DEFERRABLE INITIALLY DEFERRED);"));
    }

    [OneTimeTearDown]
    public async Task StopHostAsync() => await host.DisposeAsync();

    [SetUp]
    public async Task ResetAsync()
    {
        await host.ResetAsync();
        await host.ReadAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM probe_child; DELETE FROM probe_parent;"));
    }

    private WriteGate Gate => host.Services.GetRequiredService<WriteGate>();

    [Test]
    public async Task ShouldKeepTheOtherCommandsOfAGroupAndNothingOfTheOneThatFailed()
    {
        await using var first = Scope();
        var firstTurn = await Gate.BeginAsync(Db(first), CancellationToken.None);
        await using var failing = Scope();
        var failingRun = Task.Run(async () =>
        {
            await using var turn = await Gate.BeginAsync(Db(failing), CancellationToken.None);
            await Insert(failing, "INSERT INTO probe_parent (id) VALUES (2)");
            await Insert(failing, "INSERT INTO probe_parent (id) VALUES (1)");
            await turn.CommitAsync(CancellationToken.None);
        });
        await WaitersAsync(1);
        await using var last = Scope();
        var lastRun = Task.Run(async () =>
        {
            await using var turn = await Gate.BeginAsync(Db(last), CancellationToken.None);
            await Insert(last, "INSERT INTO probe_parent (id) VALUES (3)");
            await turn.CommitAsync(CancellationToken.None);
        });
        await WaitersAsync(2);

        await Insert(first, "INSERT INTO probe_parent (id) VALUES (1)");
        var firstCommit = firstTurn.CommitAsync(CancellationToken.None).AsTask();
        Assert.That(() => failingRun, Throws.InstanceOf<SqliteException>().With.Property(nameof(SqliteException.SqliteErrorCode)).EqualTo(19));
        await Task.WhenAll(firstCommit, lastRun);
        await firstTurn.DisposeAsync();

        Assert.That(await ParentsAsync(), Is.EqualTo(new[] { 1L, 3L }));
    }

    [Test]
    public async Task ShouldAnswerNoCommandOfAGroupWhoseCommitFailed()
    {
        await using var first = Scope();
        var firstTurn = await Gate.BeginAsync(Db(first), CancellationToken.None);
        await using var last = Scope();
        var lastRun = Task.Run(async () =>
        {
            await using var turn = await Gate.BeginAsync(Db(last), CancellationToken.None);
            // Checked at COMMIT only: the row of a parent that does not exist makes the COMMIT fail.
            await Insert(last, "INSERT INTO probe_child (id, parent) VALUES (1, 99)");
            await turn.CommitAsync(CancellationToken.None);
        });
        await WaitersAsync(1);

        await Insert(first, "INSERT INTO probe_parent (id) VALUES (1)");
        var firstCommit = firstTurn.CommitAsync(CancellationToken.None).AsTask();

        Assert.That(() => lastRun, Throws.InstanceOf<SqliteException>());
        Assert.That(() => firstCommit, Throws.InstanceOf<SqliteException>());
        await firstTurn.DisposeAsync();
        Assert.That(await ParentsAsync(), Is.Empty);

        // The writer goes on with the next group.
        await using var next = Scope();
        await using (var turn = await Gate.BeginAsync(Db(next), CancellationToken.None))
        {
            await Insert(next, "INSERT INTO probe_parent (id) VALUES (5)");
            await turn.CommitAsync(CancellationToken.None);
        }
        Assert.That(await ParentsAsync(), Is.EqualTo(new[] { 5L }));
    }

    [Test]
    public async Task ShouldPrepareTheStatementsOfACommandOnceAndRunThemAgainAfterwards()
    {
        var (afterFirst, afterAll) = await CountOverFourInstancesAsync(() => prepares.HistoryInserts);

        Assert.That(afterFirst, Is.GreaterThan(0), "the first instance prepares the history INSERTs it runs");
        Assert.That(afterAll, Is.EqualTo(afterFirst), "the next instances run the statements already prepared");
    }

    [Test]
    public async Task ShouldPrepareTheReadOfATaskAndItsInstanceOnceAndRunItAgainAfterwards()
    {
        // Each task completion reads its task and instance before the write gate, outside any transaction.
        var (afterFirst, afterAll) = await CountOverFourInstancesAsync(() => prepares.InstanceStateReads);

        Assert.That(afterFirst, Is.GreaterThan(0), "the first instance prepares the read of a task and its instance");
        Assert.That(afterAll, Is.EqualTo(afterFirst), "the next task completions run the read already prepared");
    }

    [Test]
    public async Task ShouldRunEveryStatementOfACommandOnTheWriterPreparedOnceAndBoundByPosition()
    {
        // Microsoft.Data.Sqlite binds by name, and SQLite finds a name by comparing it with every name of the
        // statement: a value the position binding does not take falls back to that silently, as does a statement
        // that cannot be kept prepared. A transaction's BEGIN and COMMIT are SqliteTransaction's, without parameters.
        await host.SendAsync(new SaveDraft("approval", TestAssets.Read("approval.bpmn"), "admin"));
        await host.SendAsync(new PublishDefinition("approval", Actor: "admin"));
        await RunInstanceAsync();
        var writer = await WriterAsync();
        var handle = writer.Handle!;
        var (ran, bound, compiled) = (prepares.StatementsRunOn(handle), PreparedCommands.RawExecutionsOn(writer), prepares.CompilationsOn(handle));

        for (var run = 0; run < 3; run++)
            await RunInstanceAsync();

        ran = prepares.StatementsRunOn(handle) - ran;
        Assert.That(ran, Is.GreaterThan(3 * 6), "each of the instance's commands runs its statements on the writer");
        Assert.That(PreparedCommands.RawExecutionsOn(writer) - bound, Is.EqualTo(ran), "every statement ran through SQLite's own API, bound by position");
        Assert.That(prepares.CompilationsOn(handle) - compiled, Is.Zero, "no statement other than transaction control was prepared again");
    }

    [Test]
    public async Task ShouldPrepareTheSavepointStatementsOfAGroupOnceAndRunThemAgainAfterwards()
    {
        // Every command of a group after the first saves in a savepoint of its own, released when it is done.
        var afterFirst = 0;
        for (var group = 1; group <= 3; group++)
        {
            await using var first = Scope();
            var firstTurn = await Gate.BeginAsync(Db(first), CancellationToken.None);
            var id = group * 10;
            var secondRun = Task.Run(async () =>
            {
                await using var second = Scope();
                await using var turn = await Gate.BeginAsync(Db(second), CancellationToken.None);
                await Insert(second, $"INSERT INTO probe_parent (id) VALUES ({id + 2})");
                await turn.CommitAsync(CancellationToken.None);
            });
            await WaitersAsync(1);
            await Insert(first, $"INSERT INTO probe_parent (id) VALUES ({id + 1})");
            await Task.WhenAll(firstTurn.CommitAsync(CancellationToken.None).AsTask(), secondRun);
            await firstTurn.DisposeAsync();
            if (group == 1)
                afterFirst = prepares.Savepoints;
        }

        Assert.That(await ParentsAsync(), Is.EqualTo(new[] { 11L, 12L, 21L, 22L, 31L, 32L }));
        Assert.That(afterFirst, Is.GreaterThan(0), "the first group prepares its SAVEPOINT and RELEASE");
        Assert.That(prepares.Savepoints, Is.EqualTo(afterFirst), "the next groups run them already prepared");
    }

    /// <summary>The writer connection, found by taking a turn at the gate and giving it up (its group rolls back empty).</summary>
    private async Task<SqliteConnection> WriterAsync()
    {
        await using var scope = Scope();
        await using var turn = await Gate.BeginAsync(Db(scope), CancellationToken.None);
        return (SqliteConnection)Db(scope).Database.GetDbConnection();
    }

    /// <summary>What <paramref name="count"/> says after one instance of <c>approval.bpmn</c> has run, and after three more.</summary>
    private async Task<(int AfterFirst, int AfterAll)> CountOverFourInstancesAsync(Func<int> count)
    {
        await host.SendAsync(new SaveDraft("approval", TestAssets.Read("approval.bpmn"), "admin"));
        await host.SendAsync(new PublishDefinition("approval", Actor: "admin"));
        await RunInstanceAsync();
        var afterFirst = count();
        for (var run = 0; run < 3; run++)
            await RunInstanceAsync();
        return (afterFirst, count());
    }

    private async Task RunInstanceAsync()
    {
        var started = await host.SendAsync(new StartInstance("approval", Actor: "clerk"));
        await InstanceDriver.CompleteAllTasksAsync(host, started.InstanceId);
    }

    private AsyncServiceScope Scope() => host.Services.CreateAsyncScope();

    private static WorkflowsDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();

    private static Task<int> Insert(AsyncServiceScope scope, string sql) => Db(scope).Database.ExecuteSqlRawAsync(sql);

    private Task<List<long>> ParentsAsync() =>
        host.ReadAsync(db => db.Database.SqlQueryRaw<long>("SELECT id AS \"Value\" FROM probe_parent ORDER BY id").ToListAsync());

    private async Task WaitersAsync(int count)
    {
        for (var tries = 0; Gate.Waiting < count; tries++)
        {
            if (tries > 500)
                Assert.Fail($"{count} commands never waited at the gate.");
            await Task.Delay(10);
        }
    }

    /// <summary>
    /// Counts, through SQLite's authorizer (called when a statement is compiled, not when it runs), the history INSERTs
    /// prepared, the statements prepared that read an instance's state, the savepoint statements prepared and, per
    /// connection, every statement prepared but transaction control; and through SQLite's trace (called when a
    /// statement starts running) the statements run per connection, but a transaction's BEGIN, COMMIT and ROLLBACK and
    /// the triggers statements fire.
    /// </summary>
    private sealed class PrepareCounter : DbConnectionInterceptor
    {
        private const int SqliteInsert = 18;
        private const int SqliteRead = 20;
        private const int SqliteTransaction = 22;
        private const int SqliteSavepoint = 32;
        // What SqliteTransaction runs itself; savepoints (a command's in a group) run as statements kept on the writer.
        private static readonly string[] TransactionControl = ["BEGIN", "COMMIT", "END", "ROLLBACK;"];
        private readonly HashSet<sqlite3> watched = [];
        private readonly Dictionary<sqlite3, (long Run, long Compiled)> counts = [];
        private int historyInserts;
        private int instanceStateReads;
        private int savepoints;

        public int HistoryInserts => Volatile.Read(ref historyInserts);

        /// <summary>The savepoint statements (SAVEPOINT, RELEASE, ROLLBACK TO) compiled.</summary>
        public int Savepoints => Volatile.Read(ref savepoints);

        public int InstanceStateReads => Volatile.Read(ref instanceStateReads);

        public long StatementsRunOn(sqlite3 handle)
        {
            lock (counts)
                return counts.GetValueOrDefault(handle).Run;
        }

        public long CompilationsOn(sqlite3 handle)
        {
            lock (counts)
                return counts.GetValueOrDefault(handle).Compiled;
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Watch(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Watch(connection);
            return Task.CompletedTask;
        }

        private void Count(sqlite3 handle, long run = 0, long compiled = 0)
        {
            lock (counts)
            {
                var (runBefore, compiledBefore) = counts.GetValueOrDefault(handle);
                counts[handle] = (runBefore + run, compiledBefore + compiled);
            }
        }

        private void Watch(DbConnection connection)
        {
            if (connection is not SqliteConnection { Handle: { } handle })
                return;
            lock (watched)
            {
                if (!watched.Add(handle))
                    return;
            }
            raw.sqlite3_set_authorizer(handle, (_, action, table, column, _, _) =>
            {
                if (action == SqliteInsert && table == "history")
                    Interlocked.Increment(ref historyInserts);
                if (action == SqliteRead && table == "process_instances" && column == "state")
                    Interlocked.Increment(ref instanceStateReads);
                if (action == SqliteSavepoint)
                    Interlocked.Increment(ref savepoints);
                if (action is not (SqliteTransaction or SqliteSavepoint))
                    Count(handle, compiled: 1);
                return 0;
            }, null);
            raw.sqlite3_trace(handle, (object _, utf8z statement) =>
            {
                var text = statement.utf8_to_string().TrimStart();
                // A trigger's program announces itself as "-- TRIGGER name" (and its statements as comments) when it starts.
                if (!text.StartsWith("--", StringComparison.Ordinal) && !TransactionControl.Any(keyword => text.StartsWith(keyword, StringComparison.OrdinalIgnoreCase)))
                    Count(handle, run: 1);
            }, null);
        }
    }
}
