using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Workflows.Persistence.Rows;

/// <summary>
/// A command's last save and its commit in one round trip on PostgreSQL: the <c>COMMIT</c> is the last statement of
/// the batch that carries the save's rows (<see cref="DirectRowWriter"/>), instead of a round trip of its own after it.
/// <para>
/// Nothing may commit after a failed statement: the batch ends with one Sync, so once a statement fails PostgreSQL
/// skips the rest of it, <c>COMMIT</c> included, and the transaction stays open and failed until it is disposed
/// (rolled back). A check that found no row is no failure to PostgreSQL, so in such a batch every UPDATE and DELETE
/// that must find its row (the instance's revision check) runs as a statement that fails when it changed no row
/// (<see cref="Checked"/>); that failure is reported as the <see cref="DbUpdateConcurrencyException"/> the row count
/// gives otherwise. A failed <c>COMMIT</c> fails the save like any statement of the batch.
/// </para>
/// <para>
/// Npgsql learns from the server's ReadyForQuery that the transaction ended: the <see cref="NpgsqlTransaction"/> is
/// then completed, so its disposal sends no <c>ROLLBACK</c>, and its <c>Commit</c> would throw. EF Core's commit of the
/// transaction still runs, for its events (the after-commit hand-on listens to them), but its call of the
/// provider's commit is suppressed (<see cref="Interceptor"/>): no second <c>COMMIT</c>.
/// </para>
/// </summary>
public static class CommitWithRows
{
    /// <summary>The end of the error a checked statement raises when it changed no row, after the row's entity type.</summary>
    private const string ChangedNoRow = "row was changed or deleted by another command since it was read";

    /// <summary>PostgreSQL's invalid_text_representation: the checked statement's cast of its message to an integer.</summary>
    private const string InvalidTextRepresentation = "22P02";

    private static readonly ConditionalWeakTable<DbContext, State> States = [];
    private static readonly ConcurrentDictionary<string, string> CheckedStatements = new();

    /// <summary>
    /// Saves the changes of <paramref name="db"/> and commits <paramref name="transaction"/>, its current transaction.
    /// On PostgreSQL, when the save's rows go as one batch, the <c>COMMIT</c> goes with them; elsewhere, or when EF
    /// Core writes the rows, this is SaveChanges followed by the commit.
    /// </summary>
    public static async ValueTask SaveChangesAndCommitAsync(DbContext db, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        if (transaction.GetDbTransaction() is not NpgsqlTransaction)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return;
        }
        var state = new State();
        States.AddOrUpdate(db, state);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            // EF Core's commit: its events; the provider's COMMIT is suppressed when the batch carried it.
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            States.Remove(db);
        }
    }

    /// <summary>Whether the transaction <paramref name="db"/> is committing was committed by the batch of its rows.</summary>
    public static bool CommittedWithRows(DbContext? db) => db is not null && States.TryGetValue(db, out var state) && state.Carried;

    /// <summary>Whether the save running now on <paramref name="db"/> is to commit with its batch of rows.</summary>
    internal static bool Requested(DbContext db, DbTransaction transaction) =>
        transaction is NpgsqlTransaction && States.TryGetValue(db, out var state) && !state.Carried;

    /// <summary>The batch of the save's rows carried the COMMIT, and it succeeded.</summary>
    internal static void Carried(DbContext db)
    {
        if (States.TryGetValue(db, out var state))
            state.Carried = true;
    }

    /// <summary>
    /// <paramref name="sql"/>, an UPDATE or DELETE of a row of <paramref name="table"/>, as a statement that fails
    /// when it changes no row: its rows counted in the same statement, and a count other than one cast to an integer
    /// from text naming the row, which PostgreSQL refuses. The failing branch depends on the count, so the planner
    /// cannot evaluate it ahead. (Npgsql names the failed statement of a batch only when told to, so the text does.)
    /// </summary>
    internal static string Checked(string sql, TableShape table) => CheckedStatements.GetOrAdd(sql, static (statement, table) =>
        $"WITH changed AS ({statement} RETURNING 1) SELECT CASE count(*) WHEN 1 THEN 1 ELSE ('The {table.EntityType.DisplayName()} {ChangedNoRow}; rows changed: ' || count(*))::integer END FROM changed",
        table);

    /// <summary>Whether <paramref name="exception"/> is a checked statement's report that it changed no row.</summary>
    internal static bool IsChangedNoRow(DbException exception) =>
        exception.SqlState == InvalidTextRepresentation && exception.Message.Contains(ChangedNoRow, StringComparison.Ordinal);

    private sealed class State
    {
        public bool Carried { get; set; }
    }

    /// <summary>Suppresses the provider's commit of a transaction whose COMMIT went with its rows (registered for PostgreSQL).</summary>
    internal sealed class Interceptor : DbTransactionInterceptor
    {
        public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
            CommittedWithRows(eventData.Context) ? InterceptionResult.Suppress() : result;

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(TransactionCommitting(transaction, eventData, result));
    }
}
