using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Persistence.Calendar;

namespace Workflows.Runtime.Calendar;

/// <summary>
/// Remembers that a process variable holds a deadline counted in working days, in the transaction that sets
/// it, so that adding a year's schedule or a local day off counts it again (see <see cref="ProvisionalDeadlines"/>).
/// </summary>
public sealed class DeadlineVariables(WorkflowsDbContext db)
{
    public async ValueTask TrackAsync(Guid instanceId, string name, CountedDeadline deadline, CancellationToken cancellationToken)
    {
        var row = await db.Set<DeadlineVariableRecord>().FindAsync([instanceId, name], cancellationToken);
        if (row is null)
        {
            row = new DeadlineVariableRecord { InstanceId = instanceId, Name = name };
            db.Add(row);
        }
        // PostgreSQL stores instants in UTC only.
        row.DueAt = deadline.DueAt.ToUniversalTime();
        (row.CountedFrom, row.WorkingDays, row.WorkingDay) = (deadline.Basis.CountedFrom, deadline.Basis.WorkingDays, deadline.Basis.WorkingDay);
    }
}
