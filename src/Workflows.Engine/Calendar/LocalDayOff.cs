namespace Workflows.Engine.Calendar;

/// <summary>A county-local day off (e.g. a local festival or an emergency closure) added by an admin.</summary>
public sealed record LocalDayOff(DateOnly Date, string Reason);
