using Workflows.Runtime.Common;

namespace Workflows.Projects.Attachments.Commands.AttachTaskFile;

/// <summary>The host enforces the configured size and type limits; these hold whatever the caller.</summary>
public sealed class AttachTaskFileValidator : IValidator<AttachTaskFile>
{
    public IEnumerable<string> Validate(AttachTaskFile message)
    {
        if (string.IsNullOrWhiteSpace(message.FileName) || Path.GetFileName(message.FileName).Length is 0 or > 260)
            yield return "文件名必填，且不超过260个字符 (file name is required, at most 260 characters)";
        if (message.Content.Length == 0)
            yield return "文件内容为空 (the file is empty)";
        if (message.ContentType.Length > 100)
            yield return "文件类型标识过长 (content type too long)";
    }
}
