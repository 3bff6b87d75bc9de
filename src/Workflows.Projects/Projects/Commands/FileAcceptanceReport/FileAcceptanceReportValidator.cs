using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.FileAcceptanceReport;

public sealed class FileAcceptanceReportValidator : IValidator<FileAcceptanceReport>
{
    public IEnumerable<string> Validate(FileAcceptanceReport message)
    {
        if (string.IsNullOrWhiteSpace(message.Summary) || message.Summary.Length > 2000)
            yield return "报告摘要必填，且不超过2000字 (summary is required, at most 2000 characters)";
    }
}
