using Workflows.Projects.Planning;
using Workflows.Runtime.Definitions.StartSites;

namespace Workflows.Projects.Projects.Commands.StartProjectProcess;

/// <summary>
/// Where the measures' processes start: the paths of a project from the project page, bound to it; the self-evaluations,
/// spot checks and key-project evaluations are opened by the product (arts. 26, 27); the annual plan is submitted from the
/// plan page (art. 7). None of them is offered on the generic start page.
/// </summary>
internal sealed class ProjectStartSites : IStartSitePolicy
{
    public bool IsStartedElsewhere(string definitionKey) =>
        ProjectProcesses.All.Contains(definitionKey) || definitionKey == AnnualPlanProcess.Key;
}
