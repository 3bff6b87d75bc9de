using Microsoft.EntityFrameworkCore;
using Workflows.Persistence.Configuration;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Mail.Outbox;

/// <summary>
/// Requests a dispatch once new outbox rows are committed, not before: a dispatcher started inside the
/// producer's transaction would not see them yet.
/// </summary>
internal sealed class MailOutboxCommitInterceptor(IMailDispatchTrigger trigger) : AfterCommitInterceptor<Guid>
{
    protected override IEnumerable<Guid> Collect(DbContext context) =>
        context.ChangeTracker.EntriesWithoutDetecting<MailOutboxMessage>()
            .Where(entry => entry.State == EntityState.Added)
            .Select(entry => entry.Entity.Id);

    protected override void OnCommitted(IReadOnlyList<Guid> committed) => trigger.RequestDispatch();
}
