namespace Workflows.Engine.Tests.Calendar;

/// <summary>A run of consecutive days off as the State Council notice announces it (adjacent weekends
/// included), with the weekend days the notice makes working days.</summary>
public sealed record HolidayBlock(string Name, DateOnly First, DateOnly Last, params DateOnly[] MakeUpWorkDays)
{
    public override string ToString() => $"{Name} {First:yyyy-MM-dd}..{Last:yyyy-MM-dd}";
}
