using Mediator;
using Workflows.Runtime.Mail.Outbox;
using Workflows.Runtime.Mail.Recipients;
using Workflows.Runtime.Mail.Templates;

namespace Workflows.Runtime.Mail.Escalation;

/// <summary>Stages one outbox row per recipient; the command's transaction (TransactionBehavior) commits them.</summary>
public sealed class EnqueueEscalationMailHandler(
    MailRecipientResolver resolver,
    IMailComposer composer,
    IMailOutbox outbox) : ICommandHandler<EnqueueEscalationMail, int>
{
    public async ValueTask<int> Handle(EnqueueEscalationMail command, CancellationToken cancellationToken)
    {
        var directory = await resolver.LoadAsync(command.Users, command.Groups, cancellationToken);
        var queued = 0;
        foreach (var recipient in directory.For(null, command.Users, command.Groups, command.Department))
        {
            var key = $"escalation:{command.Notice.DeadlineId}:{recipient.UserName}";
            if (await outbox.EnqueueAsync(key, recipient, composer.Escalation(recipient, command.Notice), cancellationToken))
                queued++;
        }
        return queued;
    }
}
