using Workflows.Runtime.Calendar;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.SubmitSelfEvaluation;

public sealed class SubmitSelfEvaluationValidator(TimeProvider time, CalendarClock clock) : IValidator<SubmitSelfEvaluation>
{
    public IEnumerable<string> Validate(SubmitSelfEvaluation message)
    {
        // Art. 26: a budget year is evaluated after it ends, in the county's time zone (it ends 8 hours before UTC's).
        if (message.BudgetYear < 2022 || message.BudgetYear >= clock.LocalDate(time.GetUtcNow()).Year)
            yield return "只能对已结束的预算年度进行自评（第二十六条） (art. 26: only a finished budget year can be evaluated)";
        if (string.IsNullOrWhiteSpace(message.Summary) || message.Summary.Length > 4000)
            yield return "自评报告摘要必填，且不超过4000字 (summary is required, at most 4000 characters)";
    }
}
