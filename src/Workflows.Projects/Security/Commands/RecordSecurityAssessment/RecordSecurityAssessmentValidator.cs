using Workflows.Runtime.Common;

namespace Workflows.Projects.Security.Commands.RecordSecurityAssessment;

public sealed class RecordSecurityAssessmentValidator : IValidator<RecordSecurityAssessment>
{
    public IEnumerable<string> Validate(RecordSecurityAssessment message)
    {
        if (!Enum.IsDefined(message.Kind))
            yield return "测评类型无效 (unknown assessment kind)";
        if (string.IsNullOrWhiteSpace(message.Assessor) || message.Assessor.Length > 200)
            yield return "测评机构必填，且不超过200字 (the assessor is required, at most 200 characters)";
        if (string.IsNullOrWhiteSpace(message.Conclusion) || message.Conclusion.Length > 1000)
            yield return "测评结论必填，且不超过1000字 (the conclusion is required, at most 1000 characters)";
    }
}
