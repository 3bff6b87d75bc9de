using Mediator;
using Workflows.Persistence;
using Workflows.Persistence.Attachments;
using Workflows.Persistence.History;
using Workflows.Projects.Attachments.Common;
using Workflows.Runtime.Tasks.Common;

namespace Workflows.Projects.Attachments.Commands.AddTaskComment;

/// <summary>Adds a remark to a task (read on every task of its instance) and a history row saying who wrote it.</summary>
public sealed record AddTaskComment(Guid TaskId, string Text, string Author, string AuthorName) : ICommand<TaskCommentItem>;

public sealed class AddTaskCommentHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<AddTaskComment, TaskCommentItem>
{
    public async ValueTask<TaskCommentItem> Handle(AddTaskComment command, CancellationToken cancellationToken)
    {
        var task = await TaskRecords.FindAsync(db, command.TaskId, cancellationToken);
        var now = time.GetUtcNow();
        var comment = new TaskComment
        {
            Id = Guid.CreateVersion7(now), TaskId = task.Id, Author = command.Author, AuthorName = command.AuthorName,
            Text = command.Text.Trim(), CreatedAt = now,
        };
        db.Add(comment);
        db.Add(TaskHistory.Entry(task, HistoryKind.TaskCommented, now, command.Author));
        return new TaskCommentItem(comment.Id, task.Id, task.Name, comment.Author, comment.AuthorName, comment.Text, comment.CreatedAt);
    }
}
