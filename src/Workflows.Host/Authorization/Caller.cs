using System.Security.Claims;

namespace Workflows.Host.Authorization;

/// <summary>Who is calling, as the authorization rules need it: name, roles and (for clerks) department, and whether they lead their groups.</summary>
public sealed record Caller(string UserName, IReadOnlyList<string> Roles, string? DepartmentCode, bool IsLeader = false)
{
    public bool IsAdmin => Roles.Contains(AdminRole.Name);

    /// <summary>A department or township clerk: sees only the work of <see cref="DepartmentCode"/>.</summary>
    public bool IsDepartmentScoped => Roles.Any(AdminRole.DepartmentScopedRoles.Contains) && !IsCountyWide;

    /// <summary>Roles that act on tasks of any department (the bureau, the reviewers, the county government).</summary>
    public IReadOnlyList<string> CountyWideGroups => [.. Roles.Where(role => !AdminRole.DepartmentScopedRoles.Contains(role))];

    /// <summary>Roles that act only on tasks of the caller's own department.</summary>
    public IReadOnlyList<string> DepartmentGroups => [.. Roles.Where(AdminRole.DepartmentScopedRoles.Contains)];

    private bool IsCountyWide => CountyWideGroups.Count > 0;

    public static Caller From(ClaimsPrincipal principal) => new(
        principal.Identity?.Name ?? throw new InvalidOperationException("The caller is not signed in."),
        [.. principal.FindAll(ClaimTypes.Role).Select(claim => claim.Value)],
        principal.FindFirstValue(WorkflowsClaims.DepartmentCode),
        principal.HasClaim(WorkflowsClaims.Leader, "true"));
}
