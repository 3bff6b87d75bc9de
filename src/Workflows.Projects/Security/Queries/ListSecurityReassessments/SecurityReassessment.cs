using Workflows.Projects.Domain.Security;

namespace Workflows.Projects.Security.Queries.ListSecurityReassessments;

/// <summary>A project's latest 等保测评 or 密评 whose re-evaluation falls due soon or is overdue (art. 37).</summary>
public sealed record SecurityReassessment(
    Guid AssessmentId,
    Guid ProjectId,
    string ProjectCode,
    string ProjectName,
    string DepartmentCode,
    SecurityAssessmentKind Kind,
    DateOnly AssessedOn,
    DateOnly NextDueOn,
    bool Overdue,
    bool Reminded);
