using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Runtime.Definitions.LocalizedNames;
using Workflows.Runtime.Mail.Outbox;
using Workflows.Runtime.Mail.Recipients;
using Workflows.Runtime.Mail.Templates;

namespace Workflows.Runtime.Mail.Outcome;

/// <summary>
/// Queues the "how it ended" mail to the clerks (members of the <see cref="DepartmentScopedGroups"/>) of every department
/// the instance's record belongs to, in the transaction that ended the instance. An instance about no record mails nobody.
/// </summary>
public sealed class OutcomeMailer(
    WorkflowsDbContext db, IInstanceSubjects subjects, DecidingOpinion opinions, MailRecipientResolver resolver,
    DepartmentScopedGroups departmentScoped, IMailComposer composer, IMailOutbox outbox, EnglishNames englishNames)
{
    public async Task EnqueueAsync(ProcessInstance instance, string outcome, string? outcomeEn, CancellationToken cancellationToken)
    {
        if (await subjects.FindAsync(instance.DefinitionKey, instance.BusinessKey, cancellationToken) is not { } subject)
            return;
        var directory = await resolver.LoadAsync([], departmentScoped.All, cancellationToken);
        var recipients = directory.MembersOf(departmentScoped.All, subject.DepartmentCodes);
        if (recipients.Count == 0)
            return;

        var process = await db.Definitions.AsNoTracking().Where(d => d.Id == instance.DefinitionId)
            .Select(d => d.Name).FirstOrDefaultAsync(cancellationToken) ?? instance.DefinitionKey;
        var processEn = await englishNames.OfProcessAsync(instance.DefinitionKey, instance.DefinitionVersion, cancellationToken);
        var notice = new OutcomeNotice(instance.Id, subject.Name, subject.Path, process, outcome, await opinions.FindAsync(instance, cancellationToken),
            processEn, outcomeEn);
        foreach (var recipient in recipients)
        {
            var key = $"instance-ended:{instance.Id}:{recipient.UserName}";
            await outbox.EnqueueAsync(key, recipient, composer.Outcome(recipient, notice), cancellationToken);
        }
    }
}
