using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.ExternalTasks;
using Workflows.Runtime.Common;
using Workflows.Runtime.Durable;
using Workflows.Runtime.ExternalTasks.Common;

namespace Workflows.Runtime.ExternalTasks.FetchAndLock;

/// <summary>
/// Locks up to <see cref="MaxTasks"/> open tasks of the topics for the worker (Camunda's fetchAndLock): tasks never
/// locked, or whose lock (or retry timeout) has expired. Each task is taken with one conditional UPDATE that checks
/// again that its lock has expired; of two workers racing for a task, the second finds it locked and takes another
/// (on PostgreSQL the second UPDATE waits for the first transaction and re-checks the row; SQLite has one writer).
/// </summary>
public sealed record FetchAndLock(ExternalTaskWorker Worker, int MaxTasks, bool UsePriority, IReadOnlyList<FetchTopic> Topics)
    : ICommand<IReadOnlyList<LockedExternalTask>>;

public sealed class FetchAndLockHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<FetchAndLock, IReadOnlyList<LockedExternalTask>>
{
    public async ValueTask<IReadOnlyList<LockedExternalTask>> Handle(FetchAndLock command, CancellationToken cancellationToken)
    {
        var allowed = await WorkerTopics.OfAsync(db, command.Worker.UserName, cancellationToken);
        if (command.Topics.FirstOrDefault(topic => !allowed.Contains(topic.TopicName)) is { } refused)
            throw new ForbiddenException($"账号 {command.Worker.UserName} 无权获取主题 {refused.TopicName} 的外部任务 (topic '{refused.TopicName}' is not on the allow-list of '{command.Worker.UserName}')");
        var now = time.GetUtcNow();
        var topics = command.Topics.ToDictionary(topic => topic.TopicName, StringComparer.Ordinal);
        var locked = await LockAsync(command, topics, now, cancellationToken);
        if (locked.Count == 0)
            return [];

        var rows = await db.Set<ExternalTaskRecord>().AsNoTracking().Where(task => locked.Contains(task.Id)).ToListAsync(cancellationToken);
        var instanceIds = rows.Select(row => row.InstanceId).Distinct().ToList();
        var states = await db.Instances.AsNoTracking().Where(instance => instanceIds.Contains(instance.Id))
            .Select(instance => new { instance.Id, instance.State }).ToDictionaryAsync(instance => instance.Id, instance => instance.State, cancellationToken);
        var instances = states.ToDictionary(state => state.Key, state => InstanceStateSerializer.Deserialize(state.Value));
        return [.. locked.Select(id => rows.Single(row => row.Id == id)).Select(row => Describe(row, instances[row.InstanceId].VariablesVisibleFrom(row.ExecutionId), topics[row.Topic]))];
    }

    /// <summary>Takes free tasks one conditional UPDATE at a time, in one order for every worker, until enough are held.</summary>
    private async Task<List<Guid>> LockAsync(FetchAndLock command, Dictionary<string, FetchTopic> topics, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var names = topics.Keys.ToList();
        var locked = new List<Guid>();
        var tried = new HashSet<Guid>();
        while (locked.Count < command.MaxTasks)
        {
            var free = db.Set<ExternalTaskRecord>().AsNoTracking()
                .Where(task => names.Contains(task.Topic) && (task.LockExpiresAt == null || task.LockExpiresAt <= now) && !tried.Contains(task.Id));
            var ordered = command.UsePriority
                ? free.OrderByDescending(task => task.Priority).ThenBy(task => task.CreatedAt).ThenBy(task => task.Id)
                : free.OrderBy(task => task.CreatedAt).ThenBy(task => task.Id);
            var candidates = await ordered.Select(task => new { task.Id, task.Topic })
                .Take(command.MaxTasks - locked.Count).ToListAsync(cancellationToken);
            if (candidates.Count == 0)
                break;
            foreach (var candidate in candidates)
            {
                tried.Add(candidate.Id);
                var lockExpiresAt = now + topics[candidate.Topic].LockDuration;
                var taken = await db.Set<ExternalTaskRecord>()
                    .Where(task => task.Id == candidate.Id && (task.LockExpiresAt == null || task.LockExpiresAt <= now))
                    .ExecuteUpdateAsync(setters => setters
                        .SetProperty(task => task.WorkerId, command.Worker.WorkerId)
                        .SetProperty(task => task.LockedBy, command.Worker.UserName)
                        .SetProperty(task => task.LockExpiresAt, lockExpiresAt)
                        .SetProperty(task => task.Revision, task => task.Revision + 1), cancellationToken);
                if (taken == 1)
                    locked.Add(candidate.Id);
            }
        }
        return locked;
    }

    private static LockedExternalTask Describe(ExternalTaskRecord row, Dictionary<string, System.Text.Json.JsonElement> visible, FetchTopic topic) => new(
        row.Id, row.Topic, row.WorkerId!, row.LockExpiresAt!.Value, row.InstanceId, row.DefinitionKey, row.ActivityId, row.ExecutionId,
        row.BusinessKey, row.Retries, row.ErrorMessage, row.Priority,
        topic.Variables is null ? visible : visible.Where(variable => topic.Variables.Contains(variable.Key)).ToDictionary(StringComparer.Ordinal));
}
