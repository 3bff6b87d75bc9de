namespace Workflows.Persistence.Tasks;

/// <summary>
/// How many open tasks wait for one department: a counter row the database's triggers on <c>user_tasks</c> keep, in the
/// transaction that changes the task, so an overview reads it instead of counting the tasks. Never written by the application.
/// </summary>
public sealed class DepartmentOpenTaskCount
{
    public string DepartmentCode { get; set; } = "";
    public int OpenTasks { get; set; }
}
