using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Attachments;
using Workflows.Projects.Attachments.Common;
using Workflows.Projects.Departments;

namespace Workflows.Projects.Attachments.Queries.ListTaskAttachments;

/// <summary>The attachments of every task of the task's case (<see cref="CaseInstances"/>), without their content, oldest first.</summary>
public sealed record ListTaskAttachments(Guid TaskId) : IQuery<IReadOnlyList<TaskAttachmentItem>>;

public sealed class ListTaskAttachmentsHandler(WorkflowsDbContext db) : IQueryHandler<ListTaskAttachments, IReadOnlyList<TaskAttachmentItem>>
{
    public async ValueTask<IReadOnlyList<TaskAttachmentItem>> Handle(ListTaskAttachments query, CancellationToken cancellationToken)
    {
        var items = await (from attachment in db.Set<TaskAttachment>().AsNoTracking()
               join task in await CaseTasks.OfAsync(db, query.TaskId, cancellationToken) on attachment.TaskId equals task.Id
               orderby attachment.UploadedAt, attachment.Id
               select new TaskAttachmentItem(attachment.Id, task.Id, task.Name, attachment.FileName, attachment.ContentType, attachment.Size,
                   attachment.Sha256, attachment.UploadedBy, attachment.UploadedAt))
            .ToListAsync(cancellationToken);
        var name = await UserNames.NamerAsync(db, items.Select(item => item.UploadedBy), cancellationToken);
        return [.. items.Select(item => item with { UploadedByName = name(item.UploadedBy) })];
    }
}
