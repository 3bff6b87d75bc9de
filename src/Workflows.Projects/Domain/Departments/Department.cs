namespace Workflows.Projects.Domain.Departments;

/// <summary>A county department or township, identified by its code (the <c>departmentCode</c> process variable).</summary>
public sealed class Department
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public DepartmentKind Kind { get; set; }

    /// <summary>Set for a newly established department (新设立部门): its first project is outside the annual plan (art. 11).</summary>
    public DateOnly? EstablishedOn { get; set; }
}
