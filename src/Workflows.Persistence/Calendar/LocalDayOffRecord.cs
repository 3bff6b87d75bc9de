namespace Workflows.Persistence.Calendar;

/// <summary>A county-local day off (a local festival, an emergency closure) an admin added.</summary>
public sealed class LocalDayOffRecord
{
    public DateOnly Date { get; set; }
    public string Reason { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }
    public string? AddedBy { get; set; }
}
