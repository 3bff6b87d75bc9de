using Microsoft.AspNetCore.Identity;

namespace Workflows.Persistence.Identity;

public sealed class WorkflowsUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The department the user clerks for; null for bureau-wide roles.</summary>
    public string? DepartmentCode { get; set; }

    /// <summary>Leads the groups the user belongs to (in <see cref="DepartmentCode"/> for department roles): assigns and delegates their tasks.</summary>
    public bool IsLeader { get; set; }

    /// <summary>Language of the mails sent to the user (<c>zh-CN</c> or <c>en</c>); null means <c>Mail:Language</c>.</summary>
    public string? PreferredLanguage { get; set; }
}
