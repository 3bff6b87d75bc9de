using Workflows.Engine.Execution;
using Workflows.Persistence;

namespace Workflows.Runtime.Durable;

/// <summary>
/// Runs one engine call durably: the call mutates the session's instances, then their state and the
/// projected rows are staged on the DbContext for the command's transaction to save.
/// </summary>
public sealed class EngineRunner(ProcessEngine engine, WorkflowsDbContext db, EngineEventProjector projector)
{
    public EfInstanceSession NewSession() => new(db);

    public async ValueTask<EngineResult> RunAsync(
        EfInstanceSession session, Func<ProcessEngine, ValueTask<EngineResult>> call, CancellationToken cancellationToken)
    {
        var result = await call(engine);
        foreach (var touched in result.TouchedInstances)
        {
            if (session.Find(touched.Id) is null)
                session.Add(touched);
        }
        session.WriteBack();
        await projector.ProjectAsync(result, session, cancellationToken);
        return result;
    }
}
