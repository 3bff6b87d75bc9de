using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Attachments;
using Workflows.Projects.Attachments.Common;

namespace Workflows.Projects.Attachments.Queries.ListTaskAttachments;

/// <summary>A task's attachments without their content, oldest first.</summary>
public sealed record ListTaskAttachments(Guid TaskId) : IQuery<IReadOnlyList<TaskAttachmentItem>>;

public sealed class ListTaskAttachmentsHandler(WorkflowsDbContext db) : IQueryHandler<ListTaskAttachments, IReadOnlyList<TaskAttachmentItem>>
{
    public async ValueTask<IReadOnlyList<TaskAttachmentItem>> Handle(ListTaskAttachments query, CancellationToken cancellationToken) =>
        await db.Set<TaskAttachment>().AsNoTracking().Where(a => a.TaskId == query.TaskId).OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)
            .Select(a => new TaskAttachmentItem(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedBy, a.UploadedAt))
            .ToListAsync(cancellationToken);
}
