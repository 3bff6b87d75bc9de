using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Attachments;
using Workflows.Projects.Attachments.Common;

namespace Workflows.Projects.Attachments.Queries.ListTaskComments;

/// <summary>A task's comments, oldest first.</summary>
public sealed record ListTaskComments(Guid TaskId) : IQuery<IReadOnlyList<TaskCommentItem>>;

public sealed class ListTaskCommentsHandler(WorkflowsDbContext db) : IQueryHandler<ListTaskComments, IReadOnlyList<TaskCommentItem>>
{
    public async ValueTask<IReadOnlyList<TaskCommentItem>> Handle(ListTaskComments query, CancellationToken cancellationToken) =>
        await db.Set<TaskComment>().AsNoTracking().Where(c => c.TaskId == query.TaskId).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new TaskCommentItem(c.Id, c.Author, c.AuthorName, c.Text, c.CreatedAt))
            .ToListAsync(cancellationToken);
}
