using Workflows.Engine.Calendar;
using Workflows.Engine.Execution;
using Workflows.Runtime.Calendar;

namespace Workflows.Projects.Handlers;

/// <summary>Sets a process variable to a deadline counted in working days and remembers its basis, so that the
/// variable, and the task and timer due at it, move when a year's schedule or a local day off is added.</summary>
internal static class DeadlineVariable
{
    public static async ValueTask SetDeadlineAsync(
        this ServiceTaskContext context, DeadlineVariables tracked, string name, CountedDeadline deadline, CancellationToken cancellationToken)
    {
        context.SetVariable(name, deadline.DueAt);
        await tracked.TrackAsync(context.InstanceId, name, deadline, cancellationToken);
    }
}
