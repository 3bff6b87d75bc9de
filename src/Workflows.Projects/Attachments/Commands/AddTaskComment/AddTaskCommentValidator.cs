using Workflows.Persistence.Attachments;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Attachments.Commands.AddTaskComment;

public sealed class AddTaskCommentValidator : IValidator<AddTaskComment>
{
    public IEnumerable<string> Validate(AddTaskComment message)
    {
        if (string.IsNullOrWhiteSpace(message.Text) || message.Text.Trim().Length > TaskComment.MaxTextLength)
            yield return $"评论须为 1 到 {TaskComment.MaxTextLength} 个字符 (a comment has 1 to {TaskComment.MaxTextLength} characters)";
    }
}
