namespace Workflows.Persistence.Calendar;

/// <summary>A State Council holiday schedule an admin added (it overrides a shipped schedule of the same year).</summary>
public sealed class CalendarYearRecord
{
    public int Year { get; set; }
    public List<DateOnly> OffDays { get; set; } = [];
    public List<DateOnly> WorkDays { get; set; } = [];

    /// <summary>Where the dates come from, e.g. the notice's number or address.</summary>
    public string? Source { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public string? AddedBy { get; set; }
}
