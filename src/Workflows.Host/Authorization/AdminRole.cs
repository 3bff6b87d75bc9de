using Workflows.Projects.Domain;

namespace Workflows.Host.Authorization;

/// <summary>
/// Bureau administrators: edit and publish definitions, manage users and calendars, see the job dashboard.
/// Not a party of the measures, so no task is ever assigned to it.
/// </summary>
public static class AdminRole
{
    public const string Name = "admin";

    /// <summary>Every role the host creates: the parties of the measures, the administrators and the external task workers.</summary>
    public static readonly IReadOnlyList<string> AllRoles = [.. ProjectRoles.All, Name, WorkerRole.Name];

    /// <summary>Roles whose members only see work of their own department (<c>WorkflowsUser.DepartmentCode</c>).</summary>
    public static readonly IReadOnlyList<string> DepartmentScopedRoles = ProjectRoles.DepartmentScoped;

    /// <summary>Roles that see every department's projects: the administrators and the county-wide parties.</summary>
    public static readonly IReadOnlyList<string> CountyWideRoles = [.. AllRoles.Except(DepartmentScopedRoles).Except([WorkerRole.Name])];
}
