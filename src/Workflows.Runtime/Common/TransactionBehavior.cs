using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence;

namespace Workflows.Runtime.Common;

/// <summary>
/// One command = one database transaction: the handler's changes and the engine's projected rows commit
/// together or not at all. A command sent by a service-task handler joins the transaction already open.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(WorkflowsDbContext db, WriteGate gate) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            var nestedResponse = await next(message, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return nestedResponse;
        }

        // The explicit transaction already makes SaveChanges atomic; EF's own savepoint per save is pure overhead.
        db.Database.AutoSavepointsEnabled = false;
        using var turn = await gate.EnterAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var response = await next(message, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new ConcurrencyConflictException(exception);
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
}
