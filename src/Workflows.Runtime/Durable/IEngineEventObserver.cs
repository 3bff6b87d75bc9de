using Workflows.Engine.Execution;

namespace Workflows.Runtime.Durable;

/// <summary>
/// A feature that reacts to engine events inside the command's transaction (a mail about a new task).
/// Observers stage rows on the scoped DbContext and never save: the command's commit keeps rows and state together.
/// </summary>
public interface IEngineEventObserver
{
    ValueTask OnEventAsync(EngineEvent engineEvent, ProcessInstance instance, CancellationToken cancellationToken);
}
