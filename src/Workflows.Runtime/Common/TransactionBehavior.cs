using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Persistence.Audit;
using Workflows.Persistence.Configuration;
using Workflows.Persistence.History;

namespace Workflows.Runtime.Common;

/// <summary>
/// One command = one database transaction: the handler's changes and the engine's projected rows commit
/// together or not at all. A command sent by a service-task handler joins the transaction already open.
/// On SQLite, whose single writer makes the time under the write gate the platform's throughput, an
/// <see cref="IOptimisticCommand"/> first reads and computes outside the gate and takes it only to save and
/// commit; the instance revision its UPDATE checks detects any command that changed the instance meanwhile.
/// Such a conflict, or any other failure of that first attempt, drops it unsaved and runs the command again
/// the ordinary way, so callers see exactly what a command run under the gate from the start would give them.
/// On a server database, where commands run side by side, an optimistic command that loses the race for its
/// instance is run again on the instance's new state (up to three times) rather than failed, and so is one the
/// database rolled back as a deadlock victim (two commands moving the same counter rows in opposite orders).
/// On SQLite the save runs on the writer connection in a savepoint of the open commit group (see
/// <see cref="WriteGate"/>): one COMMIT, one sync, for the commands that reach the gate together. On PostgreSQL the
/// COMMIT goes in the round trip of the command's last batch of rows (<see cref="IWriteTurn.SaveAndCommitAsync"/>).
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(
    WorkflowsDbContext db, WriteGate gate, OptimisticAttempt attempt, ILogger<TransactionBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    private const int ConflictAttempts = 3;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        attempt.RequireTransaction();
        if (db.Database.CurrentTransaction is not null)
        {
            var nestedResponse = await next(message, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return nestedResponse;
        }

        // The explicit transaction already makes SaveChanges atomic; EF's own savepoint per save is pure overhead.
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            if (message is IOptimisticCommand && gate.Serializes && await TryAheadOfTheGateAsync(message, next, cancellationToken) is { } saved)
                return await CommitAsync(saved, cancellationToken);
            for (var run = 1; ; run++)
            {
                try
                {
                    // A run that may be followed by another may link its audit rows to the chain's head as last
                    // committed here, checked under the chain's lock in its last batch (a stale one fails like a stale revision).
                    using var knownHead = message is IOptimisticCommand && run < ConflictAttempts ? KnownChainHead.Allow(db) : null;
                    return await RunUnderTheGateAsync(message, next, cancellationToken);
                }
                catch (DbUpdateConcurrencyException) when (message is IOptimisticCommand && run < ConflictAttempts)
                {
                    // Another command changed the instance first (a parallel branch's task completed at the same
                    // time): read it again and do the work on its new state, which also reports a task it completed.
                    db.ChangeTracker.Clear();
                }
                catch (Exception exception) when (message is IOptimisticCommand && !gate.Serializes && run < ConflictAttempts && TransientFailure.Is(exception))
                {
                    // The server rolled the whole transaction back (a deadlock victim): nothing of it stands, run it again.
                    logger.LogInformation("{Command} runs again: the database rolled it back as {Reason}", typeof(TMessage).Name, exception.GetBaseException().Message);
                    db.ChangeTracker.Clear();
                }
            }
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new ConcurrencyConflictException(exception);
        }
        catch (Exception exception) when (TransientFailure.Is(exception))
        {
            // A deadlock victim not run again (or lost every run): nothing was saved; the caller may try again (409).
            throw new ConcurrencyConflictException(exception);
        }
        catch (NoMatchingFlowException exception)
        {
            // The start asked to fail rather than keep an incident: the variables chose no path; nothing was saved.
            throw new InvalidRequestException([new Problem("variables", exception.Message)]);
        }
        catch (EngineException exception)
        {
            throw new ConflictException(exception.Message);
        }
        finally
        {
            // The next command of this scope must read committed rows, not this command's leftovers.
            db.ChangeTracker.Clear();
        }
    }

    private async ValueTask<TResponse> RunUnderTheGateAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            await using var turn = await gate.BeginAsync(db, cancellationToken);
            var response = await next(message, cancellationToken);
            await turn.SaveAndCommitAsync(cancellationToken);
            return response;
        }
        finally
        {
            // However the run ended, it holds no turn at the audit chain's gate (PostgreSQL) past this point.
            KnownChainHead.EndTurn(db);
        }
    }

    /// <summary>Runs the handler without a transaction, then saves under the gate; null when the attempt is dropped.</summary>
    private async ValueTask<Saved?> TryAheadOfTheGateAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        IWriteTurn? turn = null;
        try
        {
            TResponse response;
            using (attempt.Begin())
                response = await next(message, cancellationToken);
            DetectChanges();
            turn = await gate.BeginAsync(db, cancellationToken);
            await SaveDetectedAsync(cancellationToken);
            return new Saved(response, turn);
        }
        catch (Exception exception)
        {
            if (turn is not null)
                await turn.DisposeAsync();
            db.ChangeTracker.Clear();
            if (exception is OperationCanceledException)
                throw;
            // Frequent drops mean commands contend for the same instances (or run service tasks): worth seeing when tuning.
            logger.LogDebug("{Command} runs again under the write gate: its first attempt ended with {Reason}", typeof(TMessage).Name, exception.GetType().Name);
            return null;
        }
    }

    /// <summary>
    /// Change detection compares tracked rows with their snapshots: pure CPU, so it runs ahead of the gate, beside the
    /// other commands' saves, and the save under the gate skips it (<see cref="SaveDetectedAsync"/>). New history rows
    /// are left out, as the save itself leaves them out: they are written from their values and detached before the
    /// save would detect anything.
    /// </summary>
    private void DetectChanges()
    {
        foreach (var entry in db.ChangeTracker.EntriesWithoutDetecting<object>())
        {
            if (entry is not { State: EntityState.Added, Entity: HistoryEntry })
                entry.DetectChanges();
        }
    }

    /// <summary>
    /// Saves changes already detected, without EF Core detecting them again (in SaveChanges and in the direct-row
    /// writer's look at the tracked rows). The save interceptors that change tracked rows detect their own changes
    /// (the audit chain numbering rows, see AuditChainInterceptor) or set the rows' states themselves.
    /// </summary>
    private async ValueTask SaveDetectedAsync(CancellationToken cancellationToken)
    {
        var tracker = db.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private static async ValueTask<TResponse> CommitAsync(Saved saved, CancellationToken cancellationToken)
    {
        await using var turn = saved.Turn;
        await turn.CommitAsync(cancellationToken);
        return saved.Response;
    }

    private sealed record Saved(TResponse Response, IWriteTurn Turn);
}
