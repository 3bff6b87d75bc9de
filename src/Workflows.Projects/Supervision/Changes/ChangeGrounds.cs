using Workflows.Projects.Domain;

namespace Workflows.Projects.Supervision.Changes;

/// <summary>Why a change is major (art. 20): the codes stored on the request and handed to the process.</summary>
public static class ChangeGrounds
{
    public const string Scope = "scope";
    public const string Budget = "budget";
    public const string Schedule = "schedule";
    public const string Conditions = "conditions";

    public static IReadOnlyList<string> Of(
        Project project, string? newScope, decimal? newTotalBudget, DateOnly? newPlannedCompletion, bool conditionsChanged, MajorChangeThresholds thresholds)
    {
        var grounds = new List<string>();
        if (newScope is not null && newScope != project.Scope)
            grounds.Add(Scope);
        if (newTotalBudget is { } total && Math.Abs(total - project.TotalBudget) > project.TotalBudget * thresholds.BudgetShare)
            grounds.Add(Budget);
        if (newPlannedCompletion is { } completion && project.PlannedCompletion is { } planned
            && completion.DayNumber - planned.DayNumber > thresholds.DelayDays)
            grounds.Add(Schedule);
        if (conditionsChanged)
            grounds.Add(Conditions);
        return grounds;
    }
}
