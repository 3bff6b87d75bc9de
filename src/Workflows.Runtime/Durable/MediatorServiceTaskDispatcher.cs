using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Durable;

/// <summary>
/// Runs service tasks with the <see cref="IServiceTaskHandler"/>s registered in DI, matched by name.
/// Each call runs inside a savepoint of the command's transaction: when a handler throws, its database
/// effects are undone while the engine records the incident in the same, still committed, transaction.
/// </summary>
public sealed class MediatorServiceTaskDispatcher(IServiceProvider services, WorkflowsDbContext db, OptimisticAttempt attempt) : IServiceTaskDispatcher
{
    private const string Savepoint = "service_task";
    private Dictionary<string, IServiceTaskHandler>? handlersByName;

    /// <summary>
    /// The scope's handlers, resolved on first use: every command that runs the engine gets a dispatcher, most never
    /// run a service task, and resolving the few dozen handlers (with what they depend on) cost each of them.
    /// </summary>
    private Dictionary<string, IServiceTaskHandler> HandlersByName =>
        handlersByName ??= services.GetServices<IServiceTaskHandler>().ToDictionary(h => h.Name, StringComparer.Ordinal);

    public bool HasHandler(string name) => HandlersByName.ContainsKey(name);

    public async ValueTask ExecuteAsync(ServiceTaskContext context, CancellationToken cancellationToken)
    {
        if (!HandlersByName.TryGetValue(context.HandlerName, out var handler))
            throw new InvalidOperationException($"No service-task handler named '{context.HandlerName}' is registered.");
        // A handler's effects are undone with a savepoint of the command's transaction, which needs that transaction.
        attempt.RequireTransaction();

        var transaction = db.Database.CurrentTransaction;
        if (transaction is null)
        {
            await handler.ExecuteAsync(context, cancellationToken);
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        var before = db.ChangeTracker.Entries().Select(entry => entry.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        try
        {
            await handler.ExecuteAsync(context, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
        }
        catch
        {
            await transaction.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
            ForgetChangesSince(before);
            throw;
        }
    }

    /// <summary>The rollback undid the rows; the change tracker must forget the handler's entities as well.</summary>
    private void ForgetChangesSince(HashSet<object> before)
    {
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (!before.Contains(entry.Entity))
                entry.State = EntityState.Detached;
            else if (entry.State is EntityState.Modified or EntityState.Deleted)
                Revert(entry);
        }
    }

    private static void Revert(EntityEntry entry)
    {
        entry.CurrentValues.SetValues(entry.OriginalValues);
        entry.State = EntityState.Unchanged;
    }
}
