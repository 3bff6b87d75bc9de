using Workflows.Persistence;
using Workflows.Runtime.Definitions.LocalizedNames;
using Workflows.Persistence.Jobs;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Mail.Outbox;
using Workflows.Runtime.Mail.Recipients;
using Workflows.Runtime.Mail.Templates;
using Workflows.Runtime.Timers;

namespace Workflows.Runtime.Deadlines;

/// <summary>
/// Reminds the task's assignee, or its candidate users and candidate-group members who may open it, that the due date is
/// near. One outbox key per task, offset and user: a repeated firing sends nothing new.
/// </summary>
internal sealed class TaskReminderJobHandler(
    WorkflowsDbContext db,
    MailRecipientResolver resolver,
    ReminderMailComposer composer,
    IMailOutbox outbox,
    IInstanceSubjects subjects,
    EnglishNames englishNames) : IJobKindHandler
{
    public JobKind Kind => JobKind.TaskReminder;

    public async ValueTask ExecuteAsync(JobRecord job, CancellationToken cancellationToken)
    {
        if (await OpenTaskLookup.FindAsync(db, job, cancellationToken) is not { } task)
            return;
        var users = OpenTaskLookup.CandidatesOf(task, CandidateKind.User).ToList();
        var groups = OpenTaskLookup.CandidatesOf(task, CandidateKind.Group).ToList();
        var directory = await resolver.LoadAsync(users.Append(task.Assignee).OfType<string>(), groups, cancellationToken);
        var about = await subjects.FindAsync(task.DefinitionKey, task.BusinessKey, cancellationToken);
        var summary = new TaskSummary(task.Id, task.Name ?? task.ActivityId, task.DueAt, about?.Name,
            await englishNames.OfActivityAsync(task.DefinitionKey, task.DefinitionVersion, task.ActivityId, cancellationToken));
        foreach (var recipient in directory.For(task.Assignee, users, groups, task.DepartmentCode))
        {
            var key = $"reminder:{task.Id}:{job.WorkingDaysBefore}:{recipient.UserName}";
            await outbox.EnqueueAsync(key, recipient, composer.Compose(recipient, summary, job.WorkingDaysBefore ?? 0), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
