using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Messages;

namespace Workflows.Runtime.Messages.ListMessageRecipients;

/// <summary>The instances a message would reach (those waiting for it on the business key), with their department.</summary>
public sealed record ListMessageRecipients(string Name, string? BusinessKey) : IQuery<IReadOnlyList<MessageRecipient>>;

public sealed class ListMessageRecipientsHandler(WorkflowsDbContext db) : IQueryHandler<ListMessageRecipients, IReadOnlyList<MessageRecipient>>
{
    public async ValueTask<IReadOnlyList<MessageRecipient>> Handle(ListMessageRecipients query, CancellationToken cancellationToken) =>
        await db.Set<MessageSubscriptionRecord>().AsNoTracking()
            .Where(s => s.MessageName == query.Name && s.BusinessKey == query.BusinessKey)
            .Join(db.Instances, s => s.InstanceId, i => i.Id, (s, i) => new { i.Id, i.DepartmentCode })
            .Distinct()
            .Select(i => new MessageRecipient(i.Id, i.DepartmentCode))
            .ToListAsync(cancellationToken);
}
