using Workflows.Runtime.Common;

namespace Workflows.Projects.Evaluation.Commands.RecordKeyProjectEvaluation;

public sealed class RecordKeyProjectEvaluationValidator : IValidator<RecordKeyProjectEvaluation>
{
    public IEnumerable<string> Validate(RecordKeyProjectEvaluation message)
    {
        if (!Enum.IsDefined(message.Grade))
            yield return "评价等级无效 (unknown grade)";
        if (message.Conclusion?.Length > 2000 || message.Problems?.Length > 2000 || message.Recommendations?.Length > 2000)
            yield return "评价结论、发现的问题和意见建议各不超过2000字 (conclusion, problems and recommendations at most 2000 characters each)";
        if (message.Evaluator?.Length > 200)
            yield return "评价机构不超过200字 (evaluator at most 200 characters)";
    }
}
