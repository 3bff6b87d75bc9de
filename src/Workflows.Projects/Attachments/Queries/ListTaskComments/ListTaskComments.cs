using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Attachments;
using Workflows.Projects.Attachments.Common;

namespace Workflows.Projects.Attachments.Queries.ListTaskComments;

/// <summary>The comments of every task of the task's case (<see cref="CaseInstances"/>), oldest first, each naming its task.</summary>
public sealed record ListTaskComments(Guid TaskId) : IQuery<IReadOnlyList<TaskCommentItem>>;

public sealed class ListTaskCommentsHandler(WorkflowsDbContext db) : IQueryHandler<ListTaskComments, IReadOnlyList<TaskCommentItem>>
{
    public async ValueTask<IReadOnlyList<TaskCommentItem>> Handle(ListTaskComments query, CancellationToken cancellationToken) =>
        await (from comment in db.Set<TaskComment>().AsNoTracking()
               join task in await CaseTasks.OfAsync(db, query.TaskId, cancellationToken) on comment.TaskId equals task.Id
               orderby comment.CreatedAt, comment.Id
               select new TaskCommentItem(comment.Id, task.Id, task.Name, comment.Author, comment.AuthorName, comment.Text, comment.CreatedAt))
            .ToListAsync(cancellationToken);
}
