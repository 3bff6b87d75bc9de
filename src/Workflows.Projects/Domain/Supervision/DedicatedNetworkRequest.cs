namespace Workflows.Projects.Domain.Supervision;

/// <summary>A request to build a new dedicated business network (业务专网), which art. 11 allows only
/// where national rules require one and the bureau consents.</summary>
public sealed class DedicatedNetworkRequest
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }

    /// <summary>The national rule that requires the network.</summary>
    public string LegalBasis { get; set; } = "";
    public string Justification { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public string RequestedBy { get; set; } = "";
    public RequestStatus Status { get; set; }
    public string? Opinion { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
}
