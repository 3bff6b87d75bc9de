namespace Workflows.Persistence.Incidents;

/// <summary>The queryable projection of an engine incident: an execution parked until someone retries it.</summary>
public sealed class IncidentRecord
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public Guid ExecutionId { get; set; }
    public string ActivityId { get; set; } = "";
    public string Message { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public bool Resolved { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }

    /// <summary>The user whose command ran into the failure (a timer's has none).</summary>
    public string? RaisedBy { get; set; }

    /// <summary>Who was told by mail, user names separated by commas.</summary>
    public string? NotifiedUsers { get; set; }

    /// <summary>What the admin wrote when resolving the incident without a retry.</summary>
    public string? ResolutionNote { get; set; }
}
