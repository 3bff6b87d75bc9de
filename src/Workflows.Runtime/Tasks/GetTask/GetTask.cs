using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Common;
using Workflows.Runtime.Durable;
using Workflows.Persistence.Forms;
using Workflows.Runtime.Tasks.Common;

namespace Workflows.Runtime.Tasks.GetTask;

/// <summary>
/// A task with its candidates, the instance's variables and the form version its process version pinned. Without
/// <paramref name="WithVariables"/> (completing a task needs none) the instance's state is not read and the variables are empty.
/// </summary>
public sealed record GetTask(Guid TaskId, bool WithVariables = true) : IQuery<TaskDetails>;

public sealed class GetTaskHandler(WorkflowsDbContext db) : IQueryHandler<GetTask, TaskDetails>
{
    public async ValueTask<TaskDetails> Handle(GetTask query, CancellationToken cancellationToken)
    {
        // The task, its candidates and its form's schema in one statement (one round trip on a server database): the
        // schema of the form version the process version pinned, or the latest published one where it pinned none.
        var pins = db.Set<PinnedFormRecord>();
        var found = await db.UserTasks.AsNoTracking()
            .Where(t => t.Id == query.TaskId)
            .Select(t => new
            {
                Task = t,
                Candidates = t.Candidates.ToList(),
                FormSchema = t.FormKey == null ? null : db.Set<FormRecord>()
                    .Where(f => f.Key == t.FormKey && (pins.Any(p => p.DefinitionKey == t.DefinitionKey && p.DefinitionVersion == t.DefinitionVersion && p.FormKey == t.FormKey)
                        ? f.Version == pins
                            .Where(p => p.DefinitionKey == t.DefinitionKey && p.DefinitionVersion == t.DefinitionVersion && p.FormKey == t.FormKey)
                            .Select(p => (int?)p.FormVersion).FirstOrDefault()
                        : f.Status == FormStatus.Published))
                    .OrderByDescending(f => f.Version)
                    .Select(f => f.Json)
                    .FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Task", query.TaskId);
        var task = found.Task;
        var variables = query.WithVariables
            ? InstanceStateSerializer.Deserialize(
                await db.Instances.AsNoTracking().Where(i => i.Id == task.InstanceId).Select(i => i.State).FirstAsync(cancellationToken)).Variables
            : new Dictionary<string, JsonElement>();
        return new TaskDetails(
            new TaskSummary(task.Id, task.InstanceId, task.ActivityId, task.Name, task.Assignee, task.Status, task.DueAt, task.FollowUpAt,
                task.Priority, task.FormKey, task.CreatedAt, task.CompletedAt, task.CompletedBy, task.BusinessKey, task.DefinitionKey, task.DefinitionVersion, task.Owner, task.Delegation),
            found.Candidates.Where(c => c.Kind == CandidateKind.User).Select(c => c.Value).ToList(),
            found.Candidates.Where(c => c.Kind == CandidateKind.Group).Select(c => c.Value).ToList(),
            variables,
            found.FormSchema,
            task.DepartmentCode);
    }
}
