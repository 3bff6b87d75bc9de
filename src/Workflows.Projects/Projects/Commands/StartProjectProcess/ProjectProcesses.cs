namespace Workflows.Projects.Projects.Commands.StartProjectProcess;

/// <summary>The shipped processes that work on one project: each runs with <c>projectId</c> and the project id as business key.</summary>
public static class ProjectProcesses
{
    public const string NewProject = "new-project";
    public const string CrossDepartmentProject = "cross-department-project";
    public const string DedicatedNetworkException = "dedicated-network-exception";
    public const string ChangeRequest = "change-request";
    public const string RectificationOrder = "rectification-order";

    public static readonly IReadOnlyList<string> All = [NewProject, CrossDepartmentProject, DedicatedNetworkException, ChangeRequest, RectificationOrder];

    /// <summary>The application review of a project: a cross-department project runs new-project as its call activity.</summary>
    public static readonly IReadOnlyList<string> Application = [NewProject, CrossDepartmentProject];
}
