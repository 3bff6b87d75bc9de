namespace Workflows.Engine.Model;

/// <summary>A <c>receiveTask</c>: waits for its message when it names one, and can always be signalled by hand
/// (Camunda's <c>runtimeService.signal</c>).</summary>
public sealed class ReceiveTask : Activity
{
    public string? MessageName { get; init; }
}
