using Microsoft.AspNetCore.Identity;

namespace Workflows.Persistence.Identity;

public sealed class WorkflowsRole : IdentityRole
{
    public WorkflowsRole()
    {
    }

    public WorkflowsRole(string roleName) : base(roleName)
    {
    }
}
