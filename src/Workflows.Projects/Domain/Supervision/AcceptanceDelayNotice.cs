namespace Workflows.Projects.Domain.Supervision;

/// <summary>
/// Art. 28: the bureau was told that a project's planned completion date passed without completion acceptance
/// (无合理原因拖延不验收). One notice per project and planned date: a date moved by a change request can lapse again.
/// </summary>
public sealed class AcceptanceDelayNotice
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }

    /// <summary>The planned completion date that passed.</summary>
    public DateOnly PlannedCompletion { get; set; }

    public DateTimeOffset NoticedAt { get; set; }

    /// <summary>The rectification order the bureau started from this notice, if it did.</summary>
    public Guid? RectificationInstanceId { get; set; }

    public DateTimeOffset? OrderedAt { get; set; }
    public string? OrderedBy { get; set; }
}
