using Workflows.Runtime.Tasks.ListTasks;

namespace Workflows.Host.Authorization;

/// <summary>The task list restricted to the caller: the rules of <see cref="TaskAccess"/> as one indexed query.</summary>
public static class VisibleTasks
{
    public static ListTasks For(Caller caller) => new(
        User: caller.UserName,
        Groups: caller.CountyWideGroups,
        DepartmentGroups: caller.DepartmentGroups,
        Department: caller.DepartmentCode);
}
