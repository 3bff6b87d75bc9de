using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Workflows.Persistence.History;
using Workflows.Persistence.Rows;

namespace Workflows.Persistence.Audit;

/// <summary>
/// On PostgreSQL, the audit chain's last row as this process last committed it, so that a command that may run again
/// links its audit rows to it without the round trip that takes the chain's lock and reads the head: the lock, a check
/// that the head is still that row, and the save's history rows go first in the batch of the command's rows and its
/// <c>COMMIT</c> (<see cref="CommitWithRows"/>). The check runs under the lock, so the rows link to the true head or
/// nothing commits: a head another process (or a save that did not go this way) appended meanwhile fails the check,
/// as a <see cref="DbUpdateConcurrencyException"/>, and the command runs again, reading the head. After such a miss
/// the head is read for <see cref="MissPause"/> (several nodes appending side by side would miss each other's rows).
/// <para>
/// In one process the saves that go this way take their turn at a gate per database, from the head's read to the
/// end of the save, so two of them never link to the same row. A save waits at most <see cref="GateWait"/> for its
/// turn, then reads the head the usual way (two commands each holding what the other waits for, one at the gate and
/// one at a row lock, are a deadlock the server cannot see: the wait ends it).
/// </para>
/// </summary>
public static class KnownChainHead
{
    internal static readonly TimeSpan GateWait = TimeSpan.FromSeconds(2);
    internal static readonly TimeSpan MissPause = TimeSpan.FromSeconds(10);

    private static readonly ConcurrentDictionary<string, Slot> Slots = new();
    private static readonly ConditionalWeakTable<DbContext, object> Allowed = [];
    private static readonly ConditionalWeakTable<DbContext, Turn> Turns = [];

    /// <summary>
    /// A transaction whose earlier save took the chain's lock: it holds it until it ends. EF Core's transaction, new
    /// for each one (Npgsql's own is reused by its connection).
    /// </summary>
    private static readonly ConditionalWeakTable<IDbContextTransaction, object> Locked = [];

    /// <summary>
    /// Lets the saves of <paramref name="db"/> link to the known head until disposed: for a command that runs again
    /// when its save fails as a stale row.
    /// </summary>
    public static IDisposable Allow(DbContext db)
    {
        Allowed.AddOrUpdate(db, Allowed);
        return new Allowance(db);
    }

    /// <summary>
    /// The head to link the save's audit rows to, when this save goes this way (the gate taken, the statements for the
    /// batch ready, the history rows among them); null when the head is to be read with the lock as usual.
    /// </summary>
    internal static async ValueTask<(long Sequence, string Hash)?> EnterAsync(DbContext context, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (transaction is not NpgsqlTransaction || context.Database.CurrentTransaction is not { } current)
            return null;
        // A turn of an earlier save of this context that no event ended (a failure no interceptor was told of).
        Leave(context, new InvalidOperationException("The audit chain's turn of an earlier save was not ended."));
        var lockedBefore = Locked.TryGetValue(current, out _);
        Locked.AddOrUpdate(current, Locked);
        if (lockedBefore || !CommitWithRows.Requested(context, transaction))
            return null;
        var connection = transaction.Connection!;
        var slot = Slots.GetOrAdd(connection.DataSource + "/" + connection.Database, static _ => new Slot());
        if (!await slot.Gate.WaitAsync(GateWait, cancellationToken))
            return null;
        var turn = new Turn(slot);
        Turns.AddOrUpdate(context, turn);
        if (slot.Head is not { } head || !Allowed.TryGetValue(context, out _) || Environment.TickCount64 < slot.GuessFrom)
            return null;
        await LeadTheBatchAsync(context, transaction, head, cancellationToken);
        return head;
    }

    /// <summary>The head the save's audit rows end with, to know once the save committed.</summary>
    internal static void Appended(DbContext context, long sequence, string hash)
    {
        if (Turns.TryGetValue(context, out var turn))
            turn.NewHead = (sequence, hash);
    }

    /// <summary>
    /// Ends the turn a save of <paramref name="db"/> may still hold when its command ends: a save that failed where EF
    /// Core tells no interceptor (inside a save interceptor, before the batch) never left it, and the gate would stay
    /// taken until this pooled context's next save, every other save waiting <see cref="GateWait"/> meanwhile. The head
    /// becomes unknown. Nothing to do after a save that ended its turn.
    /// </summary>
    public static void EndTurn(DbContext db) =>
        Leave(db, new InvalidOperationException("The command ended before its save ended the audit chain's turn."));

    /// <summary>
    /// The save ended: its head becomes the known one when its batch committed it, otherwise the head is unknown (read
    /// again by the next save); after a failed check the head is read for a while. The next save's turn begins.
    /// </summary>
    internal static void Leave(DbContext context, Exception? failure)
    {
        if (!Turns.TryGetValue(context, out var turn))
            return;
        Turns.Remove(context);
        LeadingStatements.Forget(context);
        var slot = turn.Slot;
        slot.Head = failure is null && CommitWithRows.CommittedWithRows(context) ? turn.NewHead : null;
        if (failure?.GetBaseException().Message.Contains(AuditChainHead.MovedOn, StringComparison.Ordinal) == true)
            slot.GuessFrom = Environment.TickCount64 + (long)MissPause.TotalMilliseconds;
        slot.Gate.Release();
    }

    /// <summary>The history INSERT (its rows then detached), the lock and the check of the head, to lead the batch.</summary>
    private static async Task LeadTheBatchAsync(DbContext context, DbTransaction transaction, (long Sequence, string Hash) head, CancellationToken cancellationToken)
    {
        // More history rows than one statement holds go first, on their own.
        if (!HistoryBatchInsertInterceptor.LeadTheBatch(context, transaction))
            await HistoryBatchInsertInterceptor.InsertAddedAsync(context, transaction, cancellationToken);
        LeadingStatements.Add(context, AuditChainHead.PostgreSqlLockStatement, []);
        LeadingStatements.Add(context, AuditChainHead.PostgreSqlCheck(context),
            [new NpgsqlParameter<long>("sequence", head.Sequence), new NpgsqlParameter<string>("hash", head.Hash)]);
    }

    private sealed class Slot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>The last row this process committed to the chain, while no other save is known to have appended.</summary>
        public (long Sequence, string Hash)? Head { get; set; }

        /// <summary>Until when (<see cref="Environment.TickCount64"/>) the head is read, after a check that failed.</summary>
        public long GuessFrom { get; set; }
    }

    private sealed class Turn(Slot slot)
    {
        public Slot Slot { get; } = slot;
        public (long Sequence, string Hash)? NewHead { get; set; }
    }

    private sealed class Allowance(DbContext db) : IDisposable
    {
        public void Dispose() => Allowed.Remove(db);
    }
}
