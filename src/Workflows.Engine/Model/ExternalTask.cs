using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

/// <summary>A service task done by a worker outside the platform (<c>camunda:type="external"</c>): a wait state whose
/// work a worker fetches by <see cref="Topic"/>, locks and completes over HTTP, as in Camunda's external task pattern.</summary>
public sealed class ExternalTask : Activity
{
    /// <summary>The topic workers subscribe to (<c>camunda:topic</c>).</summary>
    public required string Topic { get; init; }

    /// <summary><c>camunda:taskPriority</c>: workers asking for priority get higher ones first.</summary>
    public ValueTemplate? Priority { get; init; }
}
