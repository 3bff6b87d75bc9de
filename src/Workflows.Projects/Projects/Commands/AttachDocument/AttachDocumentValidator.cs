using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.AttachDocument;

public sealed class AttachDocumentValidator : IValidator<AttachDocument>
{
    /// <summary>Large enough for a scanned feasibility study, small enough for one database row.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    public IEnumerable<string> Validate(AttachDocument message)
    {
        if (!Enum.IsDefined(message.Kind))
            yield return "文件类型无效 (unknown document kind)";
        if (string.IsNullOrWhiteSpace(message.FileName) || Path.GetFileName(message.FileName).Length is 0 or > 260)
            yield return "文件名必填，且不超过260个字符 (file name is required, at most 260 characters)";
        if (message.Content.Length == 0)
            yield return "文件内容为空 (the file is empty)";
        if (message.Content.Length > MaxBytes)
            yield return $"文件超过 {MaxBytes / 1024 / 1024} MB (the file is larger than {MaxBytes / 1024 / 1024} MB)";
        if (message.ContentType.Length > 100)
            yield return "文件类型标识过长 (content type too long)";
    }
}
