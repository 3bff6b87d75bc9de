using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.ExternalTasks;

namespace Workflows.Runtime.ExternalTasks.ListExternalTasks;

/// <summary>Open external tasks, oldest first, optionally of one topic or one instance.</summary>
public sealed record ListExternalTasks(string? TopicName = null, Guid? ProcessInstanceId = null) : IQuery<IReadOnlyList<ExternalTaskItem>>;

public sealed class ListExternalTasksHandler(WorkflowsDbContext db) : IQueryHandler<ListExternalTasks, IReadOnlyList<ExternalTaskItem>>
{
    private const int MaxRows = 500;

    public async ValueTask<IReadOnlyList<ExternalTaskItem>> Handle(ListExternalTasks query, CancellationToken cancellationToken)
    {
        var tasks = db.Set<ExternalTaskRecord>().AsNoTracking();
        if (query.TopicName is { } topic)
            tasks = tasks.Where(task => task.Topic == topic);
        if (query.ProcessInstanceId is { } instanceId)
            tasks = tasks.Where(task => task.InstanceId == instanceId);
        return await tasks.OrderBy(task => task.CreatedAt).ThenBy(task => task.Id).Take(MaxRows)
            .Select(task => new ExternalTaskItem(
                task.Id, task.Topic, task.WorkerId, task.LockExpiresAt, task.InstanceId, task.DefinitionKey, task.ActivityId,
                task.BusinessKey, task.Retries, task.ErrorMessage, task.ErrorDetails, task.Priority, task.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}
