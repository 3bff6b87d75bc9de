using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;
using Workflows.Persistence.Configuration;
using Workflows.Persistence.Definitions;
using Workflows.Persistence.History;
using Workflows.Persistence.Rows;

namespace Workflows.Persistence.Audit;

/// <summary>
/// Appends the audit rows of a save to the chain, inside the save's transaction. It first turns what the save
/// records elsewhere into audit rows (completed tasks, cancelled instances, published and retired definitions,
/// <see cref="IAuditedChange"/> rows such as project changes), then takes the chain's lock, reads the last row
/// and links each new row to it; the lock and the read go to the database in one command, with the save's
/// history rows. The lock keeps the chain linear while commands commit side by side, on one node
/// or several: PostgreSQL takes a transaction-scoped advisory lock, SQL Server an application lock owned by the
/// transaction, and SQLite's transactions (<c>BEGIN IMMEDIATE</c>) hold the database's single write lock from
/// their start. A save without a transaction gets one of its own, committed right after it.
/// </summary>
internal sealed class AuditChainInterceptor : SaveChangesInterceptor
{
    private static readonly ConcurrentDictionary<IEntityType, bool> OwnsAuditedChanges = new();

    /// <summary>The task actions the trail records, with the user they handed the task to in the detail.</summary>
    private static readonly Dictionary<HistoryKind, string> TaskActions = new()
    {
        [HistoryKind.TaskCompleted] = AuditActions.TaskCompleted,
        [HistoryKind.TaskAssigned] = AuditActions.TaskAssigned,
        [HistoryKind.TaskDelegated] = AuditActions.TaskDelegated,
        [HistoryKind.TaskResolved] = AuditActions.TaskResolved,
    };

    private readonly ConditionalWeakTable<DbContext, IDbContextTransaction> ownTransactions = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is { } context && (Derive(context).Count > 0 || Added(context).Count > 0)
            ? throw new InvalidOperationException("Audited rows are saved with SaveChangesAsync.")
            : result;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } context)
            return result;
        // Derived rows are tracked only once numbered: until then they would all share the key 0.
        var derived = Derive(context);
        var tracked = Added(context);
        List<AuditEntry> added = [.. tracked, .. derived];
        if (added.Count == 0)
            return result;
        if (context.Database.CurrentTransaction is null)
            ownTransactions.AddOrUpdate(context, await context.Database.BeginTransactionAsync(cancellationToken));

        var transaction = context.Database.CurrentTransaction!.GetDbTransaction();
        var (sequence, previousHash) = await KnownChainHead.EnterAsync(context, transaction, cancellationToken)
            ?? await LockAndReadHeadAsync(context, cancellationToken);
        foreach (var entry in added)
        {
            entry.Sequence = ++sequence;
            entry.At = AuditChain.Stored(entry.At);
            entry.Actor = Truncate(string.IsNullOrEmpty(entry.Actor) ? "system" : entry.Actor, AuditChain.MaxActorLength)!;
            entry.Target = Truncate(entry.Target, AuditChain.MaxTargetLength);
            entry.Detail = Truncate(entry.Detail, AuditChain.MaxDetailLength);
            entry.ClientAddress = Truncate(entry.ClientAddress, AuditChain.MaxClientAddressLength);
            entry.PreviousHash = previousHash;
            entry.Hash = previousHash = AuditChain.HashOf(entry);
        }
        KnownChainHead.Appended(context, sequence, previousHash);
        // The rows tracked before numbering changed their key: tell EF Core now, as a save that detects no more
        // changes (an optimistic command's, detected ahead of the write gate) would not.
        foreach (var entry in tracked)
            context.Entry(entry).DetectChanges();
        context.AddRange(derived);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } saved)
            KnownChainHead.Leave(saved, null);
        if (eventData.Context is { } context && ownTransactions.TryGetValue(context, out var transaction))
        {
            ownTransactions.Remove(context);
            await using (transaction)
                await transaction.CommitAsync(cancellationToken);
        }
        return result;
    }

    /// <summary>EF Core's update pipeline reports its concurrency failures here, not to <see cref="SaveChangesFailedAsync"/>.</summary>
    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
            KnownChainHead.Leave(context, eventData.Exception);
        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
            KnownChainHead.Leave(context, new OperationCanceledException());
        return Task.CompletedTask;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } failed)
            KnownChainHead.Leave(failed, eventData.Exception);
        if (eventData.Context is { } context && ownTransactions.TryGetValue(context, out var transaction))
        {
            ownTransactions.Remove(context);
            await transaction.DisposeAsync();
        }
    }

    /// <summary>
    /// Takes the chain's lock and reads its last row in one command, which also carries the save's history rows
    /// (<see cref="HistoryBatchInsertInterceptor"/> would send them on their own): one round trip for the three.
    /// </summary>
    private static async Task<(long Sequence, string Hash)> LockAndReadHeadAsync(DbContext context, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        var transaction = context.Database.CurrentTransaction!.GetDbTransaction();
        if (PreparedCommands.RunsRaw(connection))
            return await ReadHeadInProcessAsync(context, connection, transaction, cancellationToken);
        var history = HistoryBatchInsertInterceptor.Rows(context);
        var statement = history.Statement is null ? AuditChainHead.Statement(context) : history.Statement + "; " + AuditChainHead.Statement(context);
        var command = PreparedCommands.Rent(connection, transaction, statement);
        (long, string) head = (0, AuditChain.Genesis);
        try
        {
            history.Bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            // The lock's own result (PostgreSQL) comes first: the head is the result of two columns.
            do
            {
                if (reader.FieldCount == 2 && await reader.ReadAsync(cancellationToken))
                    head = (reader.GetInt64(0), reader.GetString(1));
            }
            while (await reader.NextResultAsync(cancellationToken));
        }
        finally
        {
            PreparedCommands.Return(command);
        }
        foreach (var row in history.Rows)
            row.State = EntityState.Detached;
        return head;
    }

    /// <summary>
    /// SQLite in process, on its kept writer connection: no round trip to save, so the history rows are inserted by
    /// their own statements and the head is read by another, each prepared alone and bound by position.
    /// </summary>
    private static async Task<(long Sequence, string Hash)> ReadHeadInProcessAsync(
        DbContext context, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await HistoryBatchInsertInterceptor.InsertAddedAsync(context, transaction, cancellationToken);
        var command = PreparedCommands.Rent(connection, transaction, AuditChainHead.Statement(context));
        try
        {
            if (PreparedCommands.TryReadFirst(command, ReadHead, (0L, AuditChain.Genesis), out var head))
                return head;
            using var reader = command.ExecuteReader();
            return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : (0L, AuditChain.Genesis);
        }
        finally
        {
            PreparedCommands.Return(command);
        }
    }

    private static (long, string) ReadHead(sqlite3_stmt statement) =>
        (raw.sqlite3_column_int64(statement, 0), raw.sqlite3_column_text(statement, 1).utf8_to_string());

    private static List<AuditEntry> Added(DbContext context) =>
        [.. context.ChangeTracker.EntriesWithoutDetecting<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)];

    /// <summary>An audit row for each audited change the save records in its own tables, not yet tracked.</summary>
    private static List<AuditEntry> Derive(DbContext context)
    {
        var tracker = context.ChangeTracker;
        var derived = new List<AuditEntry>();
        foreach (var history in tracker.EntriesWithoutDetecting<HistoryEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity))
        {
            if (TaskActions.GetValueOrDefault(history.Kind) is { } taskAction)
                derived.Add(Entry(history.At, history.Actor, taskAction, $"task {history.TaskId}",
                    $"{history.DefinitionKey} v{history.DefinitionVersion}, instance {history.InstanceId}"
                    + (history.Detail is null ? "" : $"; {history.Detail}")));
            else if (history.Kind == HistoryKind.InstanceEnded && history.Detail?.StartsWith("Cancelled", StringComparison.Ordinal) == true)
                derived.Add(Entry(history.At, history.Actor, AuditActions.InstanceCancelled, $"instance {history.InstanceId}",
                    $"{history.DefinitionKey} v{history.DefinitionVersion}; {history.Detail}"));
        }

        foreach (var definition in tracker.EntriesWithoutDetecting<DefinitionRecord>())
        {
            var record = definition.Entity;
            if (definition.State == EntityState.Added && record.Status == DefinitionStatus.Published)
                derived.Add(Entry(record.PublishedAt ?? record.CreatedAt, record.PublishedBy, AuditActions.DefinitionPublished,
                    $"definition {record.Key} v{record.Version}", $"sha256 {record.Hash}"));
            if (definition.State is not (EntityState.Unchanged or EntityState.Modified))
                continue;
            definition.DetectChanges();
            if (definition.Property(d => d.Status).IsModified && record.Status == DefinitionStatus.Retired)
                derived.Add(Entry(record.RetiredAt ?? DateTimeOffset.UtcNow, record.RetiredBy, AuditActions.DefinitionRetired,
                    $"definition {record.Key} v{record.Version}", null));
        }

        // Rows such as a project's changes are added through their owner's navigation: detect changes on the owners only.
        foreach (var owner in tracker.EntriesWithoutDetecting<object>().Where(e => OwnsAuditedChanges.GetOrAdd(e.Metadata, HasAuditedNavigation)))
            owner.DetectChanges();
        derived.AddRange(tracker.EntriesWithoutDetecting<IAuditedChange>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity.ToAuditEntry()));

        return derived;
    }

    private static bool HasAuditedNavigation(IEntityType type) =>
        type.GetNavigations().Any(navigation => navigation.TargetEntityType.ClrType.IsAssignableTo(typeof(IAuditedChange)));

    private static AuditEntry Entry(DateTimeOffset at, string? actor, string action, string target, string? detail) => new()
    {
        At = at, Actor = actor ?? "", Action = action, Target = target, Detail = detail,
    };

    // A user name typed at the sign-in page can be any length; the trail keeps its start rather than failing the save.
    private static string? Truncate(string? text, int length) => text is not null && text.Length > length ? text[..length] : text;
}
