namespace Workflows.Engine.Calendar;

/// <summary>A deadline counted in working days: its instant and what it was counted from.</summary>
public sealed record CountedDeadline(DateTimeOffset DueAt, WorkingDayBasis Basis);
