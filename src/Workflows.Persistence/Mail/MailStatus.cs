namespace Workflows.Persistence.Mail;

/// <summary>Where an outbox row is in its life: waiting (or retrying), delivered, or given up.</summary>
public enum MailStatus
{
    Pending,
    Sent,
    Failed,
}
