using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Timers.StartTimers;

/// <summary>
/// An occurrence of a timer start event: starts an instance of the job's version at that start event and
/// schedules the next occurrence, both in the timer runner's transaction. A version that was retired
/// meanwhile starts nothing.
/// </summary>
internal sealed class TimerStartJobHandler(WorkflowsDbContext db, IDefinitionResolver definitions, EngineRunner runner, TimeProvider time) : IJobKindHandler
{
    public const string Actor = "timer";

    public JobKind Kind => JobKind.TimerStart;

    public async ValueTask ExecuteAsync(JobRecord job, CancellationToken cancellationToken)
    {
        var version = await db.Definitions.AsNoTracking().SingleOrDefaultAsync(definition => definition.Id == job.DefinitionId, cancellationToken);
        if (version is not { Status: DefinitionStatus.Published })
            return;
        var definition = await definitions.GetAsync(version.Id, cancellationToken);
        var session = runner.NewSession();
        var request = new StartRequest(null, null, Actor, StartEventId: job.ActivityId);
        await runner.RunAsync(session, engine => engine.StartAsync(session, definition, request, cancellationToken), cancellationToken);
        ScheduleNext(job);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void ScheduleNext(JobRecord job)
    {
        if (job.TimerExpression is not { } expression || TimerCycle.TryParse(expression) is not { } cycle
            || cycle.RemainderAfterOneFiring(expression) is not { } rest)
            return;
        var next = cycle.Step(job.DueAt);
        var now = time.GetUtcNow();
        // A host that was down for several periods starts one instance, not one per missed period.
        while (next <= now)
            next = cycle.Step(next);
        db.Add(TimerStartJobRows.Create(job.DefinitionId!.Value, job.ActivityId, rest, next, now));
    }
}
