using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Persistence.ExternalTasks;
using Workflows.Persistence.Incidents;
using Workflows.Persistence.Jobs;
using Workflows.Persistence.Messages;
using Workflows.Persistence.Tasks;

namespace Workflows.Runtime.Durable;

/// <summary>A migration renames activities: the rows that name them (the open task, its reminder jobs, an external task, kept timers and
/// subscriptions, open incidents) follow, keeping their ids, assignees, candidates and due times.</summary>
internal static class MigrationRows
{
    public static async ValueTask ProjectAsync(WorkflowsDbContext db, EngineEvent engineEvent, ProcessInstance instance, CancellationToken cancellationToken)
    {
        switch (engineEvent)
        {
            case UserTaskMigrated task:
                var row = await db.Set<UserTaskRecord>().FindAsync([task.TaskId], cancellationToken)
                    ?? throw new InvalidOperationException($"The task row {task.TaskId} the engine migrates is missing.");
                row.ActivityId = task.ActivityId;
                row.FormKey = task.FormKey;
                row.DefinitionVersion = instance.DefinitionVersion;
                foreach (var job in await db.Set<JobRecord>().Where(j => j.TaskId == task.TaskId).ToListAsync(cancellationToken))
                    job.ActivityId = task.ActivityId;
                break;
            case EventWaitMigrated { Kind: EventWaitKind.Timer } timer:
                if (await db.Set<JobRecord>().FindAsync([timer.WaitId], cancellationToken) is { } timerJob)
                    timerJob.ActivityId = timer.ActivityId;
                break;
            case EventWaitMigrated message:
                if (await db.Set<MessageSubscriptionRecord>().FindAsync([message.WaitId], cancellationToken) is { } subscription)
                    subscription.ActivityId = message.ActivityId;
                break;
            case ExecutionMigrated execution:
                var incidents = await db.Set<IncidentRecord>()
                    .Where(i => i.InstanceId == execution.InstanceId && i.ExecutionId == execution.ExecutionId && !i.Resolved)
                    .ToListAsync(cancellationToken);
                foreach (var incident in incidents)
                    incident.ActivityId = execution.TargetActivityId;
                // An external task keeps its id, topic and any worker's lock; it now belongs to the target activity.
                foreach (var external in await db.Set<ExternalTaskRecord>().Where(t => t.ExecutionId == execution.ExecutionId).ToListAsync(cancellationToken))
                    external.ActivityId = execution.TargetActivityId;
                break;
        }
    }
}
