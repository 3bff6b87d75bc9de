using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Common;
using Workflows.Runtime.Durable;
using Workflows.Runtime.Forms;
using Workflows.Runtime.Tasks.Common;

namespace Workflows.Runtime.Tasks.GetTask;

/// <summary>A task with its candidates, the instance's variables and the form version its process version pinned.</summary>
public sealed record GetTask(Guid TaskId) : IQuery<TaskDetails>;

public sealed class GetTaskHandler(WorkflowsDbContext db) : IQueryHandler<GetTask, TaskDetails>
{
    public async ValueTask<TaskDetails> Handle(GetTask query, CancellationToken cancellationToken)
    {
        var task = await db.UserTasks.AsNoTracking().Include(t => t.Candidates)
            .FirstOrDefaultAsync(t => t.Id == query.TaskId, cancellationToken)
            ?? throw NotFoundException.For("Task", query.TaskId);
        var state = await db.Instances.AsNoTracking().Where(i => i.Id == task.InstanceId).Select(i => i.State).FirstAsync(cancellationToken);
        var formSchema = task.FormKey is null ? null : await db.PinnedFormSchemaAsync(task.DefinitionKey, task.DefinitionVersion, task.FormKey, cancellationToken);
        return new TaskDetails(
            new TaskSummary(task.Id, task.InstanceId, task.ActivityId, task.Name, task.Assignee, task.Status, task.DueAt, task.FollowUpAt,
                task.Priority, task.FormKey, task.CreatedAt, task.CompletedAt, task.CompletedBy, task.BusinessKey, task.DefinitionKey, task.DefinitionVersion, task.Owner, task.Delegation),
            task.Candidates.Where(c => c.Kind == CandidateKind.User).Select(c => c.Value).ToList(),
            task.Candidates.Where(c => c.Kind == CandidateKind.Group).Select(c => c.Value).ToList(),
            InstanceStateSerializer.Deserialize(state).Variables,
            formSchema,
            task.DepartmentCode);
    }
}
