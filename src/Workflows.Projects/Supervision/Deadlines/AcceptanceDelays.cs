using System.Globalization;
using Workflows.Projects.Domain;

namespace Workflows.Projects.Supervision.Deadlines;

/// <summary>Art. 28: which projects delay their completion acceptance, and the rectification order the bureau is offered for one.</summary>
public static class AcceptanceDelays
{
    /// <summary>Approved and not yet accepted: an ended (rejected, terminated) or accepted project is never delayed.</summary>
    public static readonly IReadOnlyList<ProjectStage> AwaitingAcceptance =
        [ProjectStage.Approved, ProjectStage.Budgeted, ProjectStage.Procured, ProjectStage.Contracted, ProjectStage.UnderConstruction];

    /// <summary>The planned completion date is a calendar date chosen by the department: it has passed from the next day on.</summary>
    public static bool HasLapsed(DateOnly plannedCompletion, DateOnly today) => plannedCompletion < today;

    /// <summary>The problem statement prefilled on the rectification order (<c>rectificationDescription</c>).</summary>
    public static string Description(string projectCode, string projectName, DateOnly plannedCompletion) =>
        string.Create(CultureInfo.InvariantCulture,
            $"项目《{projectName}》（{projectCode}）计划于 {plannedCompletion:yyyy-MM-dd} 完成，逾期仍未竣工验收，请说明原因并限期组织验收（第二十八条）。");
}
