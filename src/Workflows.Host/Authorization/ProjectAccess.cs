using Workflows.Projects.Projects.Queries.GetProjectDepartments;
using Workflows.Runtime.Common;

namespace Workflows.Host.Authorization;

/// <summary>Department clerks see the projects their department leads or co-builds; the reviewers see every project.</summary>
public static class ProjectAccess
{
    public static void EnsureCanView(Caller caller, ProjectDepartments project)
    {
        if (caller.IsDepartmentScoped && (caller.DepartmentCode is null || !project.Includes(caller.DepartmentCode)))
        {
            throw new ForbiddenException($"Project {project.ProjectId} is not one of {caller.DepartmentCode}'s projects.");
        }
    }

    /// <summary>The department a clerk's project list is limited to; null for the county-wide roles.</summary>
    public static string? VisibleDepartment(Caller caller) =>
        caller.IsDepartmentScoped ? caller.DepartmentCode ?? "" : null;

    /// <summary>
    /// Art. 30: a department's annual assessment is for the county-wide roles (the reviewers weigh it) and for the department
    /// itself; a co-builder of its project is neither. The same holds for finance's key-project evaluations of the
    /// department's other projects (art. 27).
    /// </summary>
    public static bool MayReadAssessmentOf(Caller caller, string departmentCode) =>
        VisibleDepartment(caller) is not { } visible || visible == departmentCode;
}
