using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;
using Workflows.Persistence.Rows;

namespace Workflows.Runtime.Common;

/// <summary>
/// Orders the write transactions of this process. SQLite has one writer at a time; waiting here instead of in
/// SQLite's busy loop (which sleeps between retries) keeps commits back to back. Server databases need no gate.
/// <para>
/// With a writer connection (SQLite, see <see cref="WriterConnection"/>) the commands commit in groups: a command
/// that takes its turn (<see cref="BeginAsync"/>) saves on the one long-lived writer connection, inside the group's
/// transaction, in a savepoint of its own; when it is done and other commands wait at the gate, it hands them the
/// gate with the transaction still open and waits; the last command of the group (no one waiting, or the group
/// full) commits: one <c>COMMIT</c>, one sync of the log, for all of them, and only then is any of them answered.
/// A command that fails rolls back to its savepoint: the others keep their rows and it leaves none. A failed
/// <c>COMMIT</c> fails every command of the group. A writer that is not a command (<see cref="EnterAsync"/>: the
/// timer poll's claims) commits the open group before it starts.
/// </para>
/// </summary>
public sealed class WriteGate : IDisposable
{
    // Enough to share one sync among every command waiting at once; more would only hold the first ones' answers.
    private const int GroupLimit = 64;

    private readonly SemaphoreSlim semaphore = new(1, 1);
    private readonly bool serialize;
    private readonly Func<WriterConnection>? openWriter;
    private WriterConnection? writer;
    private int waiting;
    private CommitGroup? group;

    public WriteGate(bool serialize, Func<WriterConnection>? openWriter = null)
    {
        this.serialize = serialize;
        this.openWriter = serialize ? openWriter : null;
    }

    /// <summary>Whether writers of this process take turns (SQLite).</summary>
    public bool Serializes => serialize;

    /// <summary>The writers waiting for their turn now.</summary>
    public int Waiting => Volatile.Read(ref waiting);

    /// <summary>A turn at the gate for a writer outside the command groups: any open group commits first.</summary>
    public async ValueTask<IDisposable?> EnterAsync(CancellationToken cancellationToken)
    {
        if (!serialize)
            return null;
        await WaitAsync(cancellationToken);
        FinishGroup();
        return new Release(this);
    }

    /// <summary>
    /// A command's turn to write with <paramref name="db"/>: a transaction of its own (server databases, or SQLite
    /// without a writer connection) or its savepoint in the open group. <see cref="IWriteTurn.CommitAsync"/>
    /// returns once the command's rows are committed; disposing the turn without it drops them.
    /// </summary>
    public async ValueTask<IWriteTurn> BeginAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (openWriter is null)
        {
            var turn = await EnterAsync(cancellationToken);
            try
            {
                return new TransactionTurn(db, await db.Database.BeginTransactionAsync(cancellationToken), turn);
            }
            catch
            {
                turn?.Dispose();
                throw;
            }
        }
        await WaitAsync(cancellationToken);
        try
        {
            writer ??= openWriter();
            group ??= new CommitGroup(writer.Connection.BeginTransaction(deferred: false));
            return new GroupTurn(this, group, db, writer.Connection);
        }
        catch
        {
            Leave();
            throw;
        }
    }

    public void Dispose()
    {
        FinishGroup();
        writer?.Dispose();
        semaphore.Dispose();
    }

    private async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref waiting);
        try
        {
            await semaphore.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The holder may have left its group open for this waiter: take the turn anyway to commit the group.
            await semaphore.WaitAsync(CancellationToken.None);
            Interlocked.Decrement(ref waiting);
            FinishGroup();
            semaphore.Release();
            throw;
        }
        Interlocked.Decrement(ref waiting);
    }

    /// <summary>Gives the gate up: the open group commits now unless a waiting command will carry it on.</summary>
    private void Leave()
    {
        if (group is not null && (Volatile.Read(ref waiting) == 0 || group.Members >= GroupLimit))
            FinishGroup();
        semaphore.Release();
    }

    private void FinishGroup()
    {
        var finishing = group;
        group = null;
        finishing?.Finish();
    }

    private sealed class Release(WriteGate gate) : IDisposable
    {
        public void Dispose() => gate.semaphore.Release();
    }

    /// <summary>The transaction of one group of commands on the writer connection and the answer all of them wait for.</summary>
    private sealed class CommitGroup(SqliteTransaction transaction)
    {
        private readonly TaskCompletionSource committed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private Exception? failure;

        public SqliteTransaction Transaction => transaction;

        /// <summary>The commands whose rows the group holds.</summary>
        public int Members { get; private set; }

        public Task Committed => committed.Task;

        public void Join() => Members++;

        /// <summary>SQLite ended the transaction itself (some I/O errors do): every member's rows are gone.</summary>
        public void Fail(Exception exception) => failure ??= exception;

        public void Finish()
        {
            try
            {
                if (failure is not null)
                    throw new InvalidOperationException("SQLite rolled back a group of commands after an error; none of them is saved.", failure);
                if (Members == 0)
                    transaction.Rollback();
                else
                    transaction.Commit();
                committed.SetResult();
            }
            catch (Exception exception)
            {
                committed.SetException(exception);
            }
            finally
            {
                transaction.Dispose();
            }
        }
    }

    /// <summary>A command's savepoint in the open group, <paramref name="db"/> working on the writer connection meanwhile.</summary>
    private sealed class GroupTurn : IWriteTurn
    {
        // The statements SqliteTransaction's Save, Release and Rollback(name) run, kept prepared on the writer instead
        // of parsed again by a new command at every command of a group.
        private const string Savepoint = "SAVEPOINT \"command\";";
        private const string ReleaseSavepoint = "RELEASE SAVEPOINT \"command\";";
        private const string RollbackToSavepoint = "ROLLBACK TO SAVEPOINT \"command\";";

        private readonly WriteGate gate;
        private readonly CommitGroup group;
        private readonly DbContext db;
        private readonly SqliteConnection writer;
        private readonly string? connectionString;
        // The first command of a group needs no savepoint: if it fails, the whole transaction goes, holding nothing else.
        private readonly bool savepoint;
        private bool attached;
        private bool released;

        public GroupTurn(WriteGate gate, CommitGroup group, DbContext db, SqliteConnection connection)
        {
            this.gate = gate;
            this.group = group;
            this.db = db;
            writer = connection;
            connectionString = db.Database.GetConnectionString();
            db.Database.SetDbConnection(connection, contextOwnsConnection: false);
            attached = true;
            try
            {
                db.Database.UseTransaction(group.Transaction);
                savepoint = group.Members > 0;
                if (savepoint)
                    Run(Savepoint);
            }
            catch
            {
                Detach();
                throw;
            }
        }

        public async ValueTask SaveAndCommitAsync(CancellationToken cancellationToken)
        {
            await db.SaveChangesAsync(cancellationToken);
            await CommitAsync(cancellationToken);
        }

        public async ValueTask CommitAsync(CancellationToken cancellationToken)
        {
            if (savepoint)
                Run(ReleaseSavepoint);
            group.Join();
            Detach();
            released = true;
            gate.Leave();
            try
            {
                await group.Committed;
            }
            catch
            {
                Listeners(db).ForEach(listener => listener.RolledBack(db));
                throw;
            }
            Listeners(db).ForEach(listener => listener.Committed(db));
        }

        public ValueTask DisposeAsync()
        {
            if (released)
                return ValueTask.CompletedTask;
            released = true;
            if (savepoint)
            {
                try
                {
                    Run(RollbackToSavepoint);
                    Run(ReleaseSavepoint);
                }
                catch (Exception exception)
                {
                    group.Fail(exception);
                }
                if (raw.sqlite3_get_autocommit(group.Transaction.Connection!.Handle) != 0)
                    group.Fail(new InvalidOperationException("The group's transaction ended with a command's failure."));
            }
            else
            {
                // Alone in its group: the group ends with it, rolled back (Finish with no member).
                gate.FinishGroup();
            }
            Detach();
            Listeners(db).ForEach(listener => listener.RolledBack(db));
            gate.Leave();
            return ValueTask.CompletedTask;
        }

        private void Run(string sql) => PreparedCommands.Run(writer, group.Transaction, sql);

        /// <summary>Puts <see cref="db"/> back on a connection of its own, the next command's reads outside the gate.</summary>
        private void Detach()
        {
            if (!attached)
                return;
            attached = false;
            // Ends EF Core's use of the group's transaction without ending the transaction (EF Core does not own it).
            db.Database.CurrentTransaction?.Dispose();
            db.Database.SetDbConnection(null, contextOwnsConnection: true);
            db.Database.SetConnectionString(connectionString);
        }

        private static List<IGroupCommitListener> Listeners(DbContext db) =>
            [.. db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<IGroupCommitListener>() ?? []];
    }

    private sealed class TransactionTurn(DbContext db, IDbContextTransaction transaction, IDisposable? turn) : IWriteTurn
    {
        // On PostgreSQL the COMMIT goes in the round trip of the save's rows.
        public async ValueTask SaveAndCommitAsync(CancellationToken cancellationToken) =>
            await CommitWithRows.SaveChangesAndCommitAsync(db, transaction, cancellationToken);

        public async ValueTask CommitAsync(CancellationToken cancellationToken) => await transaction.CommitAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            turn?.Dispose();
        }
    }
}

/// <summary>A command's turn to write (<see cref="WriteGate.BeginAsync"/>).</summary>
public interface IWriteTurn : IAsyncDisposable
{
    /// <summary>
    /// Saves the command's last changes and commits them, as SaveChanges and then <see cref="CommitAsync"/> do, except
    /// that on PostgreSQL the <c>COMMIT</c> travels with the batch of the save's rows (<see cref="CommitWithRows"/>).
    /// Nothing may be written after it.
    /// </summary>
    ValueTask SaveAndCommitAsync(CancellationToken cancellationToken);

    /// <summary>Returns once the command's rows are committed (with its group's, on SQLite); throws when they are not.</summary>
    ValueTask CommitAsync(CancellationToken cancellationToken);
}

/// <summary>An interceptor told when a command's rows committed or were dropped in a group commit, which EF Core's transaction events do not see.</summary>
public interface IGroupCommitListener
{
    void Committed(DbContext context);

    void RolledBack(DbContext context);
}
