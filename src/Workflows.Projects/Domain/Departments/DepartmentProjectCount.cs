namespace Workflows.Projects.Domain.Departments;

/// <summary>
/// How many projects of one stage a department leads, and how many more it only co-builds (arts. 6, 8): a counter row the
/// database's triggers on <c>projects</c> and <c>project_co_builders</c> keep, in the transaction that changes them, so the
/// project lists and the dashboard read their totals without counting the projects. Never written by the application.
/// </summary>
public sealed class DepartmentProjectCount
{
    public string DepartmentCode { get; set; } = "";
    public ProjectStage Stage { get; set; }

    /// <summary>Projects of the stage the department leads.</summary>
    public int Led { get; set; }

    /// <summary>Projects of the stage the department co-builds and does not lead.</summary>
    public int CoBuilt { get; set; }
}
