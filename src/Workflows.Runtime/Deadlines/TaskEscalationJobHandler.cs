using Mediator;
using Microsoft.Extensions.Options;
using Workflows.Persistence;
using Workflows.Persistence.History;
using Workflows.Persistence.Jobs;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Definitions.LocalizedNames;
using Workflows.Runtime.Mail.Escalation;
using Workflows.Runtime.Mail.Recipients;
using Workflows.Runtime.Mail.Templates;
using Workflows.Runtime.Timers;

namespace Workflows.Runtime.Deadlines;

/// <summary>
/// A task still open after its due date: the escalation roles (<see cref="DeadlineOptions.EscalationGroups"/>) are mailed
/// and the instance's history records it. What the process itself does when late (art. 25: hold the
/// funding) is modelled in BPMN as a timer boundary event, not here.
/// </summary>
internal sealed class TaskEscalationJobHandler(
    WorkflowsDbContext db,
    ISender sender,
    TimeProvider time,
    IOptions<DeadlineOptions> options,
    IInstanceSubjects subjects,
    EnglishNames englishNames) : IJobKindHandler
{
    public JobKind Kind => JobKind.TaskEscalation;

    public async ValueTask ExecuteAsync(JobRecord job, CancellationToken cancellationToken)
    {
        if (await OpenTaskLookup.FindAsync(db, job, cancellationToken) is not { } task || task.DueAt is not { } dueAt)
            return;
        // The record the task is about by name (the project), not by its business key.
        var about = (await subjects.FindAsync(task.DefinitionKey, task.BusinessKey, cancellationToken))?.Name ?? task.BusinessKey;
        var title = about is null ? task.Name ?? task.ActivityId : $"{task.Name ?? task.ActivityId}（{about}）";
        var nameEn = await englishNames.OfActivityAsync(task.DefinitionKey, task.DefinitionVersion, task.ActivityId, cancellationToken);
        var titleEn = nameEn is null ? null : about is null ? nameEn : $"{nameEn} ({about})";
        var notice = new EscalationNotice(task.Id, title, dueAt, null, task.Id, titleEn);
        var mailed = await sender.Send(new EnqueueEscalationMail(notice, [], options.Value.EffectiveEscalationGroups.ToList(), task.DepartmentCode), cancellationToken);
        db.Add(new HistoryEntry
        {
            InstanceId = task.InstanceId, At = time.GetUtcNow(), Kind = HistoryKind.DeadlineEscalated,
            DefinitionKey = task.DefinitionKey, DefinitionVersion = task.DefinitionVersion,
            ActivityId = task.ActivityId, ExecutionId = task.ExecutionId, TaskId = task.Id,
            Detail = $"{string.Join(",", options.Value.EffectiveEscalationGroups)}: {mailed}",
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
