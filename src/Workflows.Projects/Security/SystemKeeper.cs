using Workflows.Projects.Domain.Catalogue;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Security;

/// <summary>Art. 36: the department that runs a system keeps its internal management rules and daily monitoring.</summary>
public static class SystemKeeper
{
    /// <param name="department">The caller's department when a department or township clerk; null for a county-wide role.</param>
    public static void EnsureKeeps(InformationSystem system, string? department)
    {
        if (department is null || department != system.DepartmentCode)
            throw new ForbiddenException("只有运行该系统的部门备案内部管理制度和日常监测（第三十六条） (art. 36: only the system's department files its rules and monitoring)");
    }
}
