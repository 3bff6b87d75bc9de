using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Workflows.Persistence.Rows;

/// <summary>
/// Statements a save hands to the batch of its rows on PostgreSQL, to run first in the same round trip (the history
/// rows' INSERT, the audit chain's lock and head check): <see cref="DirectRowWriter"/> puts them at the head of its
/// batch, or, when it leaves the save to EF Core, runs them as one batch of their own before EF Core's.
/// </summary>
internal static class LeadingStatements
{
    private static readonly ConditionalWeakTable<DbContext, List<(string Sql, DbParameter[] Parameters)>> Pending = [];

    public static void Add(DbContext context, string sql, DbParameter[] parameters) =>
        Pending.GetOrCreateValue(context).Add((sql, parameters));

    /// <summary>The statements handed so far, once; null when none.</summary>
    public static List<(string Sql, DbParameter[] Parameters)>? Take(DbContext context)
    {
        if (!Pending.TryGetValue(context, out var statements))
            return null;
        Pending.Remove(context);
        return statements.Count > 0 ? statements : null;
    }

    /// <summary>Drops what a save handed and did not send (it failed before its rows went).</summary>
    public static void Forget(DbContext context) => Pending.Remove(context);

    /// <summary>Runs <paramref name="statements"/> as one batch of their own (a save whose rows are not sent as one batch).</summary>
    public static async Task RunAsync(DbTransaction transaction, List<(string Sql, DbParameter[] Parameters)> statements, CancellationToken cancellationToken)
    {
        await using var batch = transaction.Connection!.CreateBatch();
        batch.Transaction = transaction;
        foreach (var (sql, parameters) in statements)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = sql;
            command.Parameters.AddRange(parameters);
            batch.BatchCommands.Add(command);
        }
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (DbException exception) when (CommitWithRows.IsChangedNoRow(exception))
        {
            throw new DbUpdateConcurrencyException(exception.Message, exception);
        }
    }
}
