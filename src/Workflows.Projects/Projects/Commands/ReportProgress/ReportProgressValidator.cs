using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.ReportProgress;

public sealed class ReportProgressValidator : IValidator<ReportProgress>
{
    public IEnumerable<string> Validate(ReportProgress message)
    {
        if (message.PercentComplete is < 0 or > 100)
            yield return "完成比例须在0到100之间 (percent complete must be between 0 and 100)";
        if (string.IsNullOrWhiteSpace(message.Summary) || message.Summary.Length > 4000)
            yield return "进度说明必填，且不超过4000字 (summary is required, at most 4000 characters)";
    }
}
