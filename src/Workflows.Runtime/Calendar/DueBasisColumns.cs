using Workflows.Engine.Calendar;
using Workflows.Persistence.Jobs;
using Workflows.Persistence.Tasks;

namespace Workflows.Runtime.Calendar;

/// <summary>Reads and writes a <see cref="WorkingDayBasis"/> in the three due-basis columns of task and job rows.</summary>
public static class DueBasisColumns
{
    public static WorkingDayBasis? DueBasis(this UserTaskRecord task) => Of(task.DueCountedFrom, task.DueWorkingDays, task.DueWorkingDay);

    public static WorkingDayBasis? DueBasis(this JobRecord job) => Of(job.DueCountedFrom, job.DueWorkingDays, job.DueWorkingDay);

    public static void StoreDueBasis(this UserTaskRecord task, WorkingDayBasis? basis) =>
        (task.DueCountedFrom, task.DueWorkingDays, task.DueWorkingDay) = (basis?.CountedFrom, basis?.WorkingDays, basis?.WorkingDay);

    public static void StoreDueBasis(this JobRecord job, WorkingDayBasis? basis) =>
        (job.DueCountedFrom, job.DueWorkingDays, job.DueWorkingDay) = (basis?.CountedFrom, basis?.WorkingDays, basis?.WorkingDay);

    private static WorkingDayBasis? Of(DateOnly? countedFrom, int? workingDays, DateOnly? workingDay) =>
        countedFrom is { } from && workingDays is { } days && workingDay is { } day ? new WorkingDayBasis(from, days, day) : null;
}
