using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Persistence.ExternalTasks;
using Workflows.Persistence.Incidents;
using Workflows.Persistence.Jobs;
using Workflows.Persistence.Messages;
using Workflows.Persistence.Tasks;

namespace Workflows.Runtime.Durable;

/// <summary>
/// Projects the events of one engine call into the queryable tables (tasks, external tasks, subscriptions, jobs, incidents)
/// and history, inside the command's transaction, so rows and instance state never disagree.
/// </summary>
public sealed class EngineEventProjector(WorkflowsDbContext db, IEnumerable<IEngineEventObserver> observers)
{
    public async ValueTask ProjectAsync(EngineResult result, EfInstanceSession session, CancellationToken cancellationToken)
    {
        foreach (var engineEvent in result.Events)
        {
            var instance = session.Find(engineEvent.InstanceId)
                ?? result.TouchedInstances.First(touched => touched.Id == engineEvent.InstanceId);
            // A history row has no navigations: tracked as added directly, without Add's walk of its (empty) graph.
            if (HistoryEntries.From(engineEvent, instance) is { } entry)
                db.Entry(entry).State = EntityState.Added;
            await ProjectRowsAsync(engineEvent, instance, cancellationToken);
            foreach (var observer in observers)
                await observer.OnEventAsync(engineEvent, instance, cancellationToken);
        }
    }

    private async ValueTask ProjectRowsAsync(EngineEvent engineEvent, ProcessInstance instance, CancellationToken cancellationToken)
    {
        switch (engineEvent)
        {
            case UserTaskCreated created:
                db.Add(UserTaskRows.Create(created.Task, instance));
                break;
            case UserTaskCompleted completed:
                var done = await FindAsync<UserTaskRecord>(completed.TaskId, cancellationToken);
                done.Status = UserTaskStatus.Completed;
                done.CompletedAt = completed.At;
                done.CompletedBy = completed.Actor;
                break;
            case UserTaskCancelled cancelled:
                (await FindAsync<UserTaskRecord>(cancelled.TaskId, cancellationToken)).Status = UserTaskStatus.Cancelled;
                break;
            case ExternalTaskCreated external:
                db.Add(new ExternalTaskRecord
                {
                    Id = external.Task.TaskId, Topic = external.Task.Topic, InstanceId = external.InstanceId, ExecutionId = external.Task.ExecutionId,
                    ActivityId = external.Task.ActivityId, DefinitionKey = instance.DefinitionKey, BusinessKey = instance.BusinessKey,
                    Priority = external.Task.Priority, CreatedAt = external.Task.CreatedAt,
                });
                break;
            case ExternalTaskCompleted externalCompleted:
                await RemoveAsync<ExternalTaskRecord>(externalCompleted.TaskId, cancellationToken);
                break;
            case ExternalTaskCancelled externalCancelled:
                await RemoveAsync<ExternalTaskRecord>(externalCancelled.TaskId, cancellationToken);
                break;
            case MessageSubscriptionOpened opened:
                db.Add(new MessageSubscriptionRecord
                {
                    Id = opened.SubscriptionId, InstanceId = opened.InstanceId, ExecutionId = opened.ExecutionId,
                    ActivityId = opened.ActivityId, MessageName = opened.MessageName, BusinessKey = opened.BusinessKey,
                    CreatedAt = opened.At,
                });
                break;
            case MessageSubscriptionClosed closed:
                await RemoveAsync<MessageSubscriptionRecord>(closed.SubscriptionId, cancellationToken);
                break;
            case TimerScheduled scheduled:
                db.Add(JobRows.Create(scheduled));
                break;
            case TimerCancelled timerCancelled:
                await RemoveAsync<JobRecord>(timerCancelled.JobId, cancellationToken);
                break;
            case IncidentRaised raised:
                db.Add(new IncidentRecord
                {
                    Id = raised.Incident.Id, InstanceId = raised.InstanceId, ExecutionId = raised.Incident.ExecutionId,
                    ActivityId = raised.Incident.ActivityId, Message = raised.Incident.Message, CreatedAt = raised.At,
                    RaisedBy = raised.Incident.RaisedBy,
                });
                break;
            case InstanceMigrated or UserTaskMigrated or EventWaitMigrated or ExecutionMigrated:
                await MigrationRows.ProjectAsync(db, engineEvent, instance, cancellationToken);
                break;
            case IncidentResolved resolved:
                var incident = await FindAsync<IncidentRecord>(resolved.IncidentId, cancellationToken);
                incident.Resolved = true;
                incident.ResolvedAt = resolved.At;
                break;
        }
    }

    /// <summary>A closed subscription, cancelled timer or closed external task leaves no row; one already gone needs nothing more.</summary>
    private async ValueTask RemoveAsync<T>(Guid id, CancellationToken cancellationToken) where T : class
    {
        if (await db.Set<T>().FindAsync([id], cancellationToken) is { } row)
            db.Remove(row);
    }

    /// <summary>Finds the row, pending ones of this command included (a task created and cancelled in one go).</summary>
    private async ValueTask<T> FindAsync<T>(Guid id, CancellationToken cancellationToken) where T : class =>
        await db.Set<T>().FindAsync([id], cancellationToken)
        ?? throw new InvalidOperationException($"The {typeof(T).Name} row {id} the engine refers to is missing.");
}
