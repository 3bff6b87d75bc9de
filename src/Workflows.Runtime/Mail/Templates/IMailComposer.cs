using Workflows.Runtime.Mail.HandOver;

namespace Workflows.Runtime.Mail.Templates;

/// <summary>Renders the reminder mails in the recipient's language, each with links into the web UI.</summary>
public interface IMailComposer
{
    ComposedMail TaskCreated(MailRecipient recipient, TaskSummary task);

    ComposedMail TaskHandedOver(MailRecipient recipient, TaskSummary task, TaskHandOver handOver, string actorName);

    ComposedMail Digest(MailRecipient recipient, DigestContent digest);

    ComposedMail Escalation(MailRecipient recipient, EscalationNotice notice);

    ComposedMail Incident(MailRecipient recipient, IncidentNotice notice);

    ComposedMail Outcome(MailRecipient recipient, OutcomeNotice notice);
}
