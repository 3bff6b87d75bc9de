using Workflows.Persistence.Tasks;
using Workflows.Runtime.Definitions.LocalizedNames;
using Workflows.Runtime.Mail.Outbox;
using Workflows.Runtime.Mail.Recipients;
using Workflows.Runtime.Mail.Templates;

namespace Workflows.Runtime.Mail.HandOver;

/// <summary>Queues the mail telling one user a task is now theirs, in the transaction that handed it over.</summary>
public sealed class TaskHandOverMailer(
    MailRecipientResolver resolver, IMailComposer composer, IMailOutbox outbox, IInstanceSubjects subjects, EnglishNames englishNames)
{
    public async Task EnqueueAsync(UserTaskRecord task, string recipientName, TaskHandOver handOver, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var directory = await resolver.LoadAsync([recipientName, actor], [], cancellationToken);
        if (directory.For(recipientName, [], [], null) is not [var recipient])
            return;
        var actorName = directory.For(actor, [], [], null) is [var known] ? known.DisplayName : actor;
        var about = await subjects.FindAsync(task.DefinitionKey, task.BusinessKey, cancellationToken);
        var summary = new TaskSummary(task.Id, task.Name ?? task.ActivityId, task.DueAt, about?.Name,
            await englishNames.OfActivityAsync(task.DefinitionKey, task.DefinitionVersion, task.ActivityId, cancellationToken));
        // One mail per hand-over: the same task may come back to the same user later.
        var key = $"task-{handOver.ToString().ToLowerInvariant()}:{task.Id}:{recipientName}:{at.UtcTicks}";
        await outbox.EnqueueAsync(key, recipient, composer.TaskHandedOver(recipient, summary, handOver, actorName), cancellationToken);
    }
}
