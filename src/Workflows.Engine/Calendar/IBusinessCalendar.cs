namespace Workflows.Engine.Calendar;

/// <summary>Working days for deadlines: weekends, statutory holidays, make-up working days, local days off.</summary>
public interface IBusinessCalendar
{
    bool IsWorkingDay(DateOnly date);

    /// <summary>The <paramref name="workingDays"/>-th working day strictly after <paramref name="start"/>.</summary>
    DateOnly AddWorkingDays(DateOnly start, int workingDays);

    /// <summary>True when the date's year has no published schedule (weekends alone were used).</summary>
    bool IsProvisional(DateOnly date);
}
