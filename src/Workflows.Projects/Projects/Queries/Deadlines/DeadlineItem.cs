namespace Workflows.Projects.Projects.Queries.Deadlines;

/// <summary>A deadline as the UI shows it: its task's name, the instant and the working days left.</summary>
public sealed record DeadlineItem(string Name, DateTimeOffset DueAt, int WorkingDaysLeft, bool Overdue)
{
    public static DeadlineItem From(OpenDeadline deadline, DeadlineClock clock) =>
        new(deadline.Name, deadline.DueAt, clock.WorkingDaysLeft(deadline.DueAt), clock.IsOverdue(deadline.DueAt));
}
