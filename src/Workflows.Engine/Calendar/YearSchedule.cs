namespace Workflows.Engine.Calendar;

/// <summary>One bit per day of a year (366 bits), set for working days: a day lookup is a shift and a mask.</summary>
internal sealed class YearSchedule
{
    private readonly ulong[] _workingDays = new ulong[6];

    public YearSchedule(int year, Func<DateOnly, bool> isWorkingDay)
    {
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            if (isWorkingDay(day))
            {
                var index = day.DayOfYear - 1;
                _workingDays[index >> 6] |= 1UL << (index & 63);
            }
        }
    }

    public bool IsWorkingDay(DateOnly date)
    {
        var index = date.DayOfYear - 1;
        return (_workingDays[index >> 6] & (1UL << (index & 63))) != 0;
    }
}
