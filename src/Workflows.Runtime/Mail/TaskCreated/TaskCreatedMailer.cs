using Workflows.Engine.Execution;
using Workflows.Runtime.Mail.Outbox;
using Workflows.Runtime.Mail.Recipients;
using Workflows.Runtime.Mail.Templates;

namespace Workflows.Runtime.Mail.TaskCreated;

/// <summary>
/// Queues a "new task" mail to the assignee, or to every candidate user and candidate-group member who may open the
/// task (<see cref="RecipientDirectory.For"/>), in the transaction that created the task.
/// </summary>
public sealed class TaskCreatedMailer(MailRecipientResolver resolver, IMailComposer composer, IMailOutbox outbox)
{
    public async Task EnqueueAsync(UserTaskInfo task, string? departmentCode, string? about, string? nameEn, CancellationToken cancellationToken)
    {
        var userNames = task.CandidateUsers.Append(task.Assignee).OfType<string>();
        var directory = await resolver.LoadAsync(userNames, task.CandidateGroups, cancellationToken);
        var summary = new TaskSummary(task.TaskId, task.Name ?? task.ActivityId, task.DueAt, about, nameEn);
        foreach (var recipient in directory.For(task.Assignee, task.CandidateUsers, task.CandidateGroups, departmentCode))
        {
            var key = $"task-created:{task.TaskId}:{recipient.UserName}";
            await outbox.EnqueueAsync(key, recipient, composer.TaskCreated(recipient, summary), cancellationToken);
        }
    }
}
