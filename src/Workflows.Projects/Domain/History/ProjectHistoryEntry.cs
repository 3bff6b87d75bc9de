using Workflows.Persistence.Audit;

namespace Workflows.Projects.Domain.History;

/// <summary>One change of a project: append-only, old values kept (art. 20 adjustments included).</summary>
public sealed class ProjectHistoryEntry : IAuditedChange
{
    public long Id { get; set; }
    public Guid ProjectId { get; set; }
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";

    /// <summary>A stable code of what happened, e.g. <c>contract-filed</c>.</summary>
    public string Action { get; set; } = "";

    /// <summary>A Chinese sentence for the project's history view.</summary>
    public string Summary { get; set; } = "";

    /// <summary>JSON object of the changed fields' values before the change; null when nothing was overwritten.</summary>
    public string? OldValues { get; set; }

    /// <summary>JSON object of the changed fields' values after the change.</summary>
    public string? NewValues { get; set; }

    /// <summary>The audit trail records every change of a project with its actor (art. 37).</summary>
    public AuditEntry ToAuditEntry() => new()
    {
        At = At, Actor = Actor, Action = "project." + Action, Target = $"project {ProjectId}", Detail = Summary,
    };
}
