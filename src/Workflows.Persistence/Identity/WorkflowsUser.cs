using Microsoft.AspNetCore.Identity;

namespace Workflows.Persistence.Identity;

public sealed class WorkflowsUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The department the user clerks for; null for bureau-wide roles.</summary>
    public string? DepartmentCode { get; set; }
}
