using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Mail;

namespace Workflows.Runtime.Mail.Outbox;

/// <summary>Writes the outcome of one attempt and releases the claim; only the claim's owner may do so.</summary>
public sealed class MailDeliveryRecorder(WorkflowsDbContext db, TimeProvider time, MailRetryPolicy retryPolicy)
{
    private const int MaxErrorLength = 2000;

    public Task RecordSentAsync(MailOutboxMessage message, string owner, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return Owned(message, owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, MailStatus.Sent)
            .SetProperty(m => m.SentAt, now)
            .SetProperty(m => m.LastError, (string?)null)
            .SetProperty(m => m.LockOwner, (string?)null)
            .SetProperty(m => m.LockExpiresAt, (DateTimeOffset?)null), cancellationToken);
    }

    public Task RecordFailureAsync(MailOutboxMessage message, string owner, Exception error, CancellationToken cancellationToken)
    {
        var nextAttemptAt = time.GetUtcNow() + retryPolicy.DelayAfter(message.Attempts);
        var status = retryPolicy.ShouldGiveUp(message.Attempts) ? MailStatus.Failed : MailStatus.Pending;
        var description = $"{error.GetType().Name}: {error.Message}";
        if (description.Length > MaxErrorLength)
            description = description[..MaxErrorLength];
        return Owned(message, owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, status)
            .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
            .SetProperty(m => m.LastError, description)
            .SetProperty(m => m.LockOwner, (string?)null)
            .SetProperty(m => m.LockExpiresAt, (DateTimeOffset?)null), cancellationToken);
    }

    private IQueryable<MailOutboxMessage> Owned(MailOutboxMessage message, string owner) =>
        db.Set<MailOutboxMessage>().Where(m => m.Id == message.Id && m.LockOwner == owner);
}
