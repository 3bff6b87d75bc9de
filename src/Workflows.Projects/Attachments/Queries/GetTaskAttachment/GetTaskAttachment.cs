using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Attachments;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Attachments.Queries.GetTaskAttachment;

public sealed record GetTaskAttachment(Guid AttachmentId) : IQuery<TaskAttachmentFile>;

public sealed class GetTaskAttachmentHandler(WorkflowsDbContext db) : IQueryHandler<GetTaskAttachment, TaskAttachmentFile>
{
    public async ValueTask<TaskAttachmentFile> Handle(GetTaskAttachment query, CancellationToken cancellationToken) =>
        await db.Set<TaskAttachment>().AsNoTracking().Where(a => a.Id == query.AttachmentId)
            .Select(a => new TaskAttachmentFile(a.TaskId, a.FileName, a.ContentType, a.Content))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw NotFoundException.For("附件 (attachment)", query.AttachmentId);
}
