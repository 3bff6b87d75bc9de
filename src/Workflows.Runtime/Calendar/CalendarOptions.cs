namespace Workflows.Runtime.Calendar;

/// <summary>Configuration section <c>Calendar</c>.</summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    /// <summary>Where the shipped State Council schedules are; found automatically when empty (see <see cref="ShippedCalendarDirectory"/>).</summary>
    public string? Directory { get; set; }

    /// <summary>The county's time zone: deadlines end at 23:59:59 local time.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>How long a host trusts its cached calendar before reading the database again, so an edit made
    /// on another node reaches this one; edits made on this node refresh it at once.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(5);
}
