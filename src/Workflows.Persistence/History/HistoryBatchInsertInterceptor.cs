using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Workflows.Persistence.Configuration;
using Workflows.Persistence.Rows;

namespace Workflows.Persistence.History;

/// <summary>
/// Writes the history rows of one save as multi-row INSERTs instead of one statement per row: an engine call
/// appends five to ten rows, and on SQLite EF Core executes (and SQLite parses) every row's INSERT separately.
/// Only inside an explicit transaction, so the rows still commit or roll back with the rest of the command;
/// without one, and for synchronous saves, EF Core inserts them as usual. The rows are detached once written,
/// so their generated ids are not read back (nothing reads them: history is append-only).
/// </summary>
internal sealed class HistoryBatchInsertInterceptor : SaveChangesInterceptor
{
    // 100 rows of 14 columns stay under SQL Server's limit of 2,100 parameters per statement.
    private const int RowsPerStatement = 100;

    private static readonly ConcurrentDictionary<IModel, HistoryShape> Shapes = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { Database.CurrentTransaction: { } transaction } context)
        {
            // On PostgreSQL a save that commits with its rows sends them in the batch of its rows.
            var dbTransaction = transaction.GetDbTransaction();
            if (!(dbTransaction is NpgsqlTransaction && CommitWithRows.Requested(context, dbTransaction) && LeadTheBatch(context, dbTransaction)))
                await InsertAddedAsync(context, dbTransaction, cancellationToken);
        }
        return result;
    }

    /// <summary>
    /// Hands the INSERT of the save's added history rows, with their values bound, to the batch of the save's rows
    /// (<see cref="LeadingStatements"/>) and detaches the rows; false when one statement does not hold them.
    /// </summary>
    internal static bool LeadTheBatch(DbContext context, DbTransaction transaction)
    {
        var history = Rows(context);
        if (history.Statement is null)
            return !context.ChangeTracker.EntriesWithoutDetecting<HistoryEntry>().Any(entry => entry.State == EntityState.Added);
        using var holder = transaction.Connection!.CreateCommand();
        history.Bind(holder);
        var parameters = holder.Parameters.Cast<DbParameter>().ToArray();
        holder.Parameters.Clear();
        LeadingStatements.Add(context, history.Statement, parameters);
        foreach (var row in history.Rows)
            row.State = EntityState.Detached;
        return true;
    }

    /// <summary>Inserts the save's added history rows, <see cref="RowsPerStatement"/> a statement, and detaches them.</summary>
    internal static async Task InsertAddedAsync(DbContext context, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var added = context.ChangeTracker.EntriesWithoutDetecting<HistoryEntry>().Where(entry => entry.State == EntityState.Added).ToList();
        if (added.Count == 0)
            return;
        var shape = Shapes.GetOrAdd(context.Model, model => new HistoryShape(model, context.GetService<ISqlGenerationHelper>(), RowsPerStatement));
        foreach (var chunk in added.Chunk(RowsPerStatement))
        {
            var command = PreparedCommands.Rent(context.Database.GetDbConnection(), transaction, shape.InsertStatement(chunk.Length));
            try
            {
                BindRows(shape, command, chunk);
                await PreparedCommands.ExecuteNonQueryAsync(command, cancellationToken);
            }
            finally
            {
                PreparedCommands.Return(command);
            }
        }
        foreach (var entry in added)
            entry.State = EntityState.Detached;
    }

    /// <summary>
    /// The INSERT of the save's history rows, for another statement of the save to carry (no statement when there are
    /// none, or more than one statement holds), and what binds its parameters to that statement's command.
    /// The caller detaches the rows once the command ran.
    /// </summary>
    internal static (string? Statement, IReadOnlyList<EntityEntry<HistoryEntry>> Rows, Action<DbCommand> Bind) Rows(DbContext context)
    {
        var added = context.ChangeTracker.EntriesWithoutDetecting<HistoryEntry>().Where(entry => entry.State == EntityState.Added).ToList();
        if (added.Count is 0 or > RowsPerStatement)
            return (null, [], static _ => { });
        var shape = Shapes.GetOrAdd(context.Model, model => new HistoryShape(model, context.GetService<ISqlGenerationHelper>(), RowsPerStatement));
        return (shape.InsertStatement(added.Count), added, command => BindRows(shape, command, added));
    }

    /// <summary>
    /// Binds each row's current values, read from the entity itself (what EF Core's current value of a property that
    /// is not a shadow one is), with the parameter names built once per shape.
    /// </summary>
    private static void BindRows(HistoryShape shape, DbCommand command, IReadOnlyList<EntityEntry<HistoryEntry>> rows)
    {
        var columns = shape.Columns;
        var getters = shape.Getters;
        var parameters = command.Parameters;
        for (var row = 0; row < rows.Count; row++)
        {
            var entry = rows[row];
            var entity = entry.Entity;
            PropertyValues? values = null;
            for (var index = 0; index < columns.Count; index++)
            {
                var (property, mapping) = columns[index];
                var value = getters[index] is { } getter ? getter.GetClrValue(entity) : (values ??= entry.CurrentValues)[property];
                parameters.Add(mapping.CreateParameter(command, shape.ParameterName(row, index), value, property.IsNullable));
            }
        }
    }
}
