using Workflows.Runtime.Common;

namespace Workflows.Projects.Supervision.Commands.ReportRectification;

public sealed class ReportRectificationValidator : IValidator<ReportRectification>
{
    public IEnumerable<string> Validate(ReportRectification message)
    {
        if (string.IsNullOrWhiteSpace(message.Report) || message.Report.Length > 4000)
            yield return "整改报告必填，且不超过4000字 (report is required, at most 4000 characters)";
    }
}
