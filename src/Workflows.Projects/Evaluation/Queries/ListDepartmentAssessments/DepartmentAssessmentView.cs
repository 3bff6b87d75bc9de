using Workflows.Projects.Domain.Evaluation;

namespace Workflows.Projects.Evaluation.Queries.ListDepartmentAssessments;

/// <summary>Art. 30: a department's annual assessment of its IT work, as the bureau recorded it.</summary>
public sealed record DepartmentAssessmentView(
    Guid Id, int Year, string DepartmentCode, string DepartmentName, AssessmentGrade Grade, decimal? Score, string Remarks,
    string RecordedBy, DateTimeOffset RecordedAt);
