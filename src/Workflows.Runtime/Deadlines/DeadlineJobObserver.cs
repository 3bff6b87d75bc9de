using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Calendar;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Persistence.Configuration;
using Workflows.Persistence.Jobs;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Calendar;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Deadlines;

/// <summary>
/// Gives every new user task with a due date its reminder jobs and its escalation job, in the transaction
/// that creates the task; a completed or cancelled task takes its pending jobs with it. A due date or timer
/// that counts working days keeps its basis on its row, to be counted again when the calendar changes.
/// </summary>
internal sealed class DeadlineJobObserver(WorkflowsDbContext db, ReminderSchedule schedule, TimeProvider time) : IEngineEventObserver
{
    public async ValueTask OnEventAsync(EngineEvent engineEvent, ProcessInstance instance, CancellationToken cancellationToken)
    {
        switch (engineEvent)
        {
            case UserTaskCreated { Task.DueAt: { } dueAt } created:
                await PlanAsync(created.Task, dueAt, cancellationToken);
                break;
            case UserTaskCompleted completed:
                await DropPendingJobsAsync(completed.TaskId, cancellationToken);
                break;
            case UserTaskCancelled cancelled:
                await DropPendingJobsAsync(cancelled.TaskId, cancellationToken);
                break;
            case TimerScheduled { DueBasis: { } basis } scheduled:
                await KeepTimerBasisAsync(scheduled, basis, cancellationToken);
                break;
        }
    }

    private async Task KeepTimerBasisAsync(TimerScheduled scheduled, WorkingDayBasis basis, CancellationToken cancellationToken)
    {
        // The projector has just staged the job's row: Find costs no query.
        if (await db.Set<JobRecord>().FindAsync([scheduled.JobId], cancellationToken) is not { } job)
            return;
        job.StoreDueBasis(basis);
        job.DueProvisional = schedule.IsProvisional(basis.WorkingDay);
    }

    private async Task PlanAsync(UserTaskInfo task, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var provisional = schedule.IsProvisional(dueAt);
        foreach (var (workingDaysBefore, at) in schedule.For(dueAt, now))
            db.Add(DeadlineJobRows.Reminder(task, workingDaysBefore, at, provisional, now));
        db.Add(DeadlineJobRows.Escalation(task, dueAt, provisional, now));
        // The projector has just staged the task's row, so Find costs no query and no scan of every tracked row.
        if (await db.Set<UserTaskRecord>().FindAsync([task.TaskId], cancellationToken) is { } taskRow)
        {
            taskRow.DueProvisional = provisional;
            taskRow.StoreDueBasis(task.DueBasis);
        }
    }

    private async Task DropPendingJobsAsync(Guid taskId, CancellationToken cancellationToken)
    {
        // The projector has just tracked the task's row, so Find costs no query; without a due date the task
        // never got any job, so most completions skip the jobs query.
        if (await db.Set<UserTaskRecord>().FindAsync([taskId], cancellationToken) is { DueAt: null })
            return;
        var stored = await db.Set<JobRecord>().Where(job => job.TaskId == taskId && job.Status == JobStatus.Pending).ToListAsync(cancellationToken);
        // A task created and finished in one command has rows that were never saved.
        var staged = db.ChangeTracker.EntriesWithoutDetecting<JobRecord>()
            .Where(entry => entry.State == EntityState.Added && entry.Entity.TaskId == taskId && entry.Entity.Status == JobStatus.Pending)
            .Select(entry => entry.Entity);
        db.RemoveRange(stored.Union(staged).ToList());
    }
}
