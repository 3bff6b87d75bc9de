namespace Workflows.Runtime.Mail.Templates;

/// <summary>One user's digest: overdue tasks and tasks due within <paramref name="DueSoonDays"/>.</summary>
/// <param name="InWorkingDays">True when "due soon" was counted in working days of the business calendar.</param>
public sealed record DigestContent(
    DateOnly Date,
    IReadOnlyList<TaskSummary> Overdue,
    IReadOnlyList<TaskSummary> DueSoon,
    int DueSoonDays,
    bool InWorkingDays)
{
    public bool IsEmpty => Overdue.Count == 0 && DueSoon.Count == 0;
}
