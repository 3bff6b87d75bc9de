namespace Workflows.Projects.Projects.Queries.GetProjectDepartments;

/// <summary>The departments that may see a project: its lead and its co-builders (arts. 6, 8).</summary>
public sealed record ProjectDepartments(Guid ProjectId, string LeadDepartmentCode, IReadOnlyList<string> CoBuildingDepartmentCodes)
{
    public bool Includes(string departmentCode) =>
        LeadDepartmentCode == departmentCode || CoBuildingDepartmentCodes.Contains(departmentCode);
}
