using Workflows.Projects.Domain.Catalogue;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Security;

/// <summary>
/// Who keeps a system's records: its internal management rules and daily monitoring (art. 36) only the department that runs
/// it; its security incidents, emergency plan and drills (art. 38) that department or the bureau.
/// </summary>
public static class SystemKeeper
{
    /// <param name="department">The caller's department when a department or township clerk; null for a county-wide role.</param>
    public static void EnsureKeeps(InformationSystem system, string? department)
    {
        if (department is null || department != system.DepartmentCode)
            throw new ForbiddenException("只有运行该系统的部门备案内部管理制度和日常监测（第三十六条） (art. 36: only the system's department files its rules and monitoring)");
    }

    /// <param name="department">The caller's department when not the bureau (empty for a county-wide role without one); null for the bureau.</param>
    public static void EnsureRecordsSecurity(InformationSystem system, string? department)
    {
        if (department is not null && department != system.DepartmentCode)
            throw new ForbiddenException("只有系统所属部门或主管部门可以记录（第三十八条） (only the system's department or the bureau records it)");
    }
}
