using System.Text.Json;
using Workflows.Projects.Domain;
using Workflows.Projects.Projects.Commands.StartProjectProcess;
using Workflows.Runtime.Common;

namespace Workflows.Host.Authorization;

/// <summary>
/// Who may start a process that works on a project, and that it names one: a department or township applies for its
/// projects (new-project, cross-department-project, change-request, dedicated-network-exception); only the bureau orders a
/// rectification (art. 28); no one starts the self-evaluations (art. 26), spot checks and key-project evaluations (art. 27) the product opens. Whether the project is the clerk's own department's is <see cref="ProjectBinding"/>'s concern.
/// </summary>
public static class ProjectBoundStarts
{
    public static bool IsProjectBound(string definitionKey) => ProjectProcesses.All.Contains(definitionKey);

    /// <summary>403 for a role that may not start the process.</summary>
    public static void EnsureMayStart(Caller caller, string definitionKey)
    {
        if (ProjectProcesses.Opened.Contains(definitionKey))
            throw new ForbiddenException("年度绩效自评由年终检查发起，财政抽查由抽样发起，重点项目评价由财政确定重点项目发起 (self-evaluations, spot checks and key-project evaluations are opened by the product, not started by hand)");
        var allowed = definitionKey == ProjectProcesses.RectificationOrder
            ? caller.Roles.Contains(ProjectRoles.Bureau)
            : caller.IsDepartmentScoped;
        if (!allowed)
        {
            throw new ForbiddenException(definitionKey == ProjectProcesses.RectificationOrder
                ? "只有主管部门可以下达整改通知 (only the bureau orders a rectification)"
                : "只有项目实施单位可以发起此流程 (only the implementing department starts this process)");
        }
    }

    /// <summary>The project the start names in <c>projectId</c>; 400 keyed <c>projectId</c> without one.</summary>
    public static Guid ProjectOf(IReadOnlyDictionary<string, JsonElement> variables, string definitionKey) =>
        ProjectBinding.ProjectOf(variables)
            ?? throw new InvalidRequestException([new Problem("projectId",
                $"流程 {definitionKey} 须针对一个已登记的项目发起，请提供 projectId (this process needs the project it works on: set projectId)")]);
}
