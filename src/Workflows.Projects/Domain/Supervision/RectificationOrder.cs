namespace Workflows.Projects.Domain.Supervision;

/// <summary>An order to rectify within a time limit (限期整改, art. 28).</summary>
public sealed class RectificationOrder
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public RectificationReason Reason { get; set; }
    public string Description { get; set; } = "";
    public int LimitWorkingDays { get; set; }
    public DateTimeOffset OrderedAt { get; set; }
    public string OrderedBy { get; set; } = "";

    /// <summary>The end of the current limit: the first one, then the second after suspension.</summary>
    public DateTimeOffset DueAt { get; set; }
    public RectificationStatus Status { get; set; }
    public string? LastReport { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Serious loss of funds: the responsible people were referred for accountability.</summary>
    public bool ReferredForAccountability { get; set; }
}
