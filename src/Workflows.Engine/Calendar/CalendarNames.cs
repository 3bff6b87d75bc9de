namespace Workflows.Engine.Calendar;

/// <summary>Names a timer or task may give in its <c>calendar</c> property.</summary>
public static class CalendarNames
{
    /// <summary>Mainland China working days: durations count working days, deadlines end at 23:59:59 local.</summary>
    public const string ChineseWorkingDays = "cn-working-days";
}
