namespace Workflows.Engine.Execution;

/// <summary>A failure that parked an execution (a throwing service task, no matching flow, a bad expression).
/// The execution stays where it failed until the incident is retried.</summary>
public sealed class Incident
{
    public Guid Id { get; set; }
    public Guid ExecutionId { get; set; }
    public string ActivityId { get; set; } = "";
    public string Message { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The user whose command ran into the failure; null when a timer or the system did.</summary>
    public string? RaisedBy { get; set; }
}
