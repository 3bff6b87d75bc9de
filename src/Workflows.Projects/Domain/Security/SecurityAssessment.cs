namespace Workflows.Projects.Domain.Security;

/// <summary>
/// Art. 37: one 等保测评 or 密评 of a project's systems, with its report on file, and the date by which it must be done
/// again (同步运行); the department is reminded once per due date.
/// </summary>
public sealed class SecurityAssessment
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public SecurityAssessmentKind Kind { get; set; }

    /// <summary>The date of the assessment (测评日期), in the county's calendar.</summary>
    public DateOnly AssessedOn { get; set; }

    /// <summary>The assessor (测评机构).</summary>
    public string Assessor { get; set; } = "";

    /// <summary>The conclusion of the report (符合 / 基本符合 / …).</summary>
    public string Conclusion { get; set; } = "";

    /// <summary>The re-evaluation is due by this date: yearly from level 3, every two years at level 2.</summary>
    public DateOnly NextDueOn { get; set; }

    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The due date the department was last reminded of; equal to <see cref="NextDueOn"/> once reminded.</summary>
    public DateOnly? RemindedFor { get; set; }
}
