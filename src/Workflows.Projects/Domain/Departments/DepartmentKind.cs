namespace Workflows.Projects.Domain.Departments;

public enum DepartmentKind
{
    /// <summary>县直部门.</summary>
    CountyDepartment,

    /// <summary>乡(镇)人民政府 (art. 39).</summary>
    Township,
}
