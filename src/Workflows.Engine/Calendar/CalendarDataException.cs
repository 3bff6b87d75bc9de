namespace Workflows.Engine.Calendar;

/// <summary>A calendar file that cannot be used; the message names the file or year and the bad value.</summary>
public sealed class CalendarDataException(string message) : Exception(message);
