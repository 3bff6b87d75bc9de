using Workflows.Engine.Execution;
using Workflows.Projects.Domain;
using Workflows.Projects.Projects.Commands.StartProjectProcess;
using Workflows.Projects.Projects.Queries.GetProjectDetails;

namespace Workflows.Host.Authorization;

/// <summary>
/// The processes of <see cref="ProjectProcesses"/> the caller may start for one project now, as the project page offers them:
/// the lead department applies (a cross-department application when the project has co-builders), asks for a change once
/// the project is approved (art. 20) or for a dedicated network (art. 11); the bureau orders a rectification (art. 28).
/// Nothing is offered for a rejected or terminated project, nor a second running instance of the same process.
/// </summary>
public static class StartableProcesses
{
    private static readonly ProjectStage[] Approved =
    [
        ProjectStage.Approved, ProjectStage.Budgeted, ProjectStage.Procured, ProjectStage.Contracted,
        ProjectStage.UnderConstruction, ProjectStage.Accepted, ProjectStage.InOperation,
    ];

    public static IEnumerable<string> For(Caller caller, ProjectDetails project)
    {
        if (project.Stage is ProjectStage.Rejected or ProjectStage.Terminated)
            yield break;

        var running = project.Instances.Where(i => i.Status == InstanceStatus.Running).Select(i => i.DefinitionKey).ToHashSet();
        if (caller.IsDepartmentScoped && caller.DepartmentCode == project.LeadDepartmentCode)
        {
            if (project.Stage == ProjectStage.Registered && !running.Overlaps(ProjectProcesses.Application))
                yield return project.CoBuildingDepartments.Count > 0 ? ProjectProcesses.CrossDepartmentProject : ProjectProcesses.NewProject;
            if (Approved.Contains(project.Stage) && !running.Contains(ProjectProcesses.ChangeRequest))
                yield return ProjectProcesses.ChangeRequest;
            if (!running.Contains(ProjectProcesses.DedicatedNetworkException))
                yield return ProjectProcesses.DedicatedNetworkException;
        }

        if (caller.Roles.Contains(ProjectRoles.Bureau) && Approved.Contains(project.Stage) && !running.Contains(ProjectProcesses.RectificationOrder))
            yield return ProjectProcesses.RectificationOrder;
    }
}
