namespace Workflows.Projects.Projects.Commands.StartProjectProcess;

/// <summary>The shipped processes that work on one project: each runs with <c>projectId</c> and the project id as business key.</summary>
public static class ProjectProcesses
{
    public const string NewProject = "new-project";
    public const string CrossDepartmentProject = "cross-department-project";
    public const string DedicatedNetworkException = "dedicated-network-exception";
    public const string ChangeRequest = "change-request";
    public const string RectificationOrder = "rectification-order";

    /// <summary>Art. 26: a budget year's self-evaluation, opened by the daily check for a project that spent money in it.</summary>
    public const string PerformanceEvaluation = "performance-evaluation";

    /// <summary>Art. 27: finance's spot check of a self-evaluation its draw picked.</summary>
    public const string EvaluationSpotCheck = "evaluation-spot-check";

    /// <summary>Art. 27: finance's evaluation of a project it marked key.</summary>
    public const string KeyProjectEvaluation = "key-project-evaluation";

    public static readonly IReadOnlyList<string> All =
        [NewProject, CrossDepartmentProject, DedicatedNetworkException, ChangeRequest, RectificationOrder, PerformanceEvaluation, EvaluationSpotCheck, KeyProjectEvaluation];

    /// <summary>Opened by the product itself (the daily check, finance's draw, finance marking a key project), never started by hand.</summary>
    public static readonly IReadOnlyList<string> Opened = [PerformanceEvaluation, EvaluationSpotCheck, KeyProjectEvaluation];

    /// <summary>Processes whose tasks belong to the project's lead department (<c>departmentCode</c> set from the project).</summary>
    public static readonly IReadOnlyList<string> OfLeadDepartment = [RectificationOrder, PerformanceEvaluation, EvaluationSpotCheck, KeyProjectEvaluation];

    /// <summary>The application review of a project: a cross-department project runs new-project as its call activity.</summary>
    public static readonly IReadOnlyList<string> Application = [NewProject, CrossDepartmentProject];
}
