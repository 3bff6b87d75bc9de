using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Mail.Transport;

namespace Workflows.Runtime.Mail.Outbox;

/// <summary>
/// Writes the outcome of one attempt and releases the claim; only the claim's owner may do so. It writes in the caller's
/// transaction (<see cref="MailClaim.BeginWriteAsync"/>), where the dispatcher also counts the next mail's attempt.
/// </summary>
public sealed class MailDeliveryRecorder(WorkflowsDbContext db, TimeProvider time, MailRetryPolicy retryPolicy)
{
    public async Task RecordSentAsync(MailOutboxMessage message, string owner, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await Owned(message, owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, MailStatus.Sent)
            .SetProperty(m => m.SentAt, now)
            .SetProperty(m => m.LastError, (string?)null)
            .SetProperty(m => m.LockOwner, (string?)null)
            .SetProperty(m => m.LockExpiresAt, (DateTimeOffset?)null), cancellationToken);
    }

    /// <summary>
    /// Records a failed attempt: a permanent failure, or the last allowed attempt, fails the mail for good;
    /// otherwise it waits its back-off. Returns the status written.
    /// </summary>
    public async Task<MailStatus> RecordFailureAsync(MailOutboxMessage message, int attempt, string owner, MailFailure failure, CancellationToken cancellationToken)
    {
        var nextAttemptAt = time.GetUtcNow() + retryPolicy.DelayAfter(attempt);
        var status = failure.IsPermanent || retryPolicy.ShouldGiveUp(attempt) ? MailStatus.Failed : MailStatus.Pending;
        await Owned(message, owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, status)
            .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
            .SetProperty(m => m.LastError, failure.Description)
            .SetProperty(m => m.LockOwner, (string?)null)
            .SetProperty(m => m.LockExpiresAt, (DateTimeOffset?)null), cancellationToken);
        return status;
    }

    private IQueryable<MailOutboxMessage> Owned(MailOutboxMessage message, string owner) =>
        db.Set<MailOutboxMessage>().Where(m => m.Id == message.Id && m.LockOwner == owner);
}
