using System.Security.Cryptography;
using Mediator;
using Workflows.Persistence;
using Workflows.Persistence.Attachments;
using Workflows.Persistence.History;
using Workflows.Projects.Attachments.Common;
using Workflows.Projects.Departments;
using Workflows.Runtime.Tasks.Common;

namespace Workflows.Projects.Attachments.Commands.AttachTaskFile;

/// <summary>Stores a file on a task with the SHA-256 of its content, and a history row saying who attached it.</summary>
public sealed record AttachTaskFile(Guid TaskId, string FileName, string ContentType, byte[] Content, string UploadedBy) : ICommand<TaskAttachmentItem>;

public sealed class AttachTaskFileHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<AttachTaskFile, TaskAttachmentItem>
{
    public async ValueTask<TaskAttachmentItem> Handle(AttachTaskFile command, CancellationToken cancellationToken)
    {
        var task = await TaskRecords.FindAsync(db, command.TaskId, cancellationToken);
        var now = time.GetUtcNow();
        var attachment = new TaskAttachment
        {
            Id = Guid.CreateVersion7(now), TaskId = task.Id, FileName = Path.GetFileName(command.FileName), ContentType = command.ContentType,
            Content = command.Content, Size = command.Content.LongLength, Sha256 = Convert.ToHexStringLower(SHA256.HashData(command.Content)),
            UploadedBy = command.UploadedBy, UploadedAt = now,
        };
        db.Add(attachment);
        db.Add(TaskHistory.Entry(task, HistoryKind.TaskAttachmentAdded, now, command.UploadedBy));
        return new TaskAttachmentItem(attachment.Id, task.Id, task.Name, attachment.FileName, attachment.ContentType, attachment.Size, attachment.Sha256,
            attachment.UploadedBy, attachment.UploadedAt, await UserNames.OfAsync(db, attachment.UploadedBy, cancellationToken));
    }
}
