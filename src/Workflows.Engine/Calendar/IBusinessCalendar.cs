namespace Workflows.Engine.Calendar;

/// <summary>Working days for deadlines: weekends, statutory holidays, make-up working days, local days off.</summary>
public interface IBusinessCalendar
{
    bool IsWorkingDay(DateOnly date);

    /// <summary>The <paramref name="workingDays"/>-th working day strictly after <paramref name="start"/>.
    /// Zero returns <paramref name="start"/> when it is a working day, else the next working day;
    /// a negative count throws <see cref="ArgumentOutOfRangeException"/>.</summary>
    DateOnly AddWorkingDays(DateOnly start, int workingDays);

    /// <summary>True when the date's year has no published schedule (weekends alone were used).</summary>
    bool IsProvisional(DateOnly date);

    /// <summary>The <paramref name="workingDays"/>-th working day strictly before <paramref name="date"/>
    /// (reminders "n working days before the deadline"). Zero returns <paramref name="date"/> when it is a
    /// working day, else the previous working day; a negative count throws.</summary>
    DateOnly SubtractWorkingDays(DateOnly date, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = date;
        if (workingDays == 0)
        {
            while (!IsWorkingDay(day))
            {
                day = day.AddDays(-1);
            }
            return day;
        }
        for (var left = workingDays; left > 0;)
        {
            day = day.AddDays(-1);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }
        return day;
    }

    /// <summary>Working days in (<paramref name="from"/>, <paramref name="to"/>], so that
    /// <c>CountWorkingDays(s, AddWorkingDays(s, n)) == n</c>; negative when <paramref name="to"/> is earlier
    /// ("working days left" of an overdue task).</summary>
    int CountWorkingDays(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -CountWorkingDays(to, from);
        }
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }
        return count;
    }
}
