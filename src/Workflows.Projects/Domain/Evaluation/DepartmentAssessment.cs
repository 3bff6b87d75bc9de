namespace Workflows.Projects.Domain.Evaluation;

/// <summary>
/// Art. 30: the bureau's annual assessment of a county department's IT work (部门信息化工作年度考核), one per department
/// and year; reviewers see it on the department's applications of the following year.
/// </summary>
public sealed class DepartmentAssessment
{
    public Guid Id { get; set; }
    public int Year { get; set; }
    public string DepartmentCode { get; set; } = "";
    public AssessmentGrade Grade { get; set; }

    /// <summary>The score out of 100, where the assessment gives one.</summary>
    public decimal? Score { get; set; }

    public string Remarks { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
