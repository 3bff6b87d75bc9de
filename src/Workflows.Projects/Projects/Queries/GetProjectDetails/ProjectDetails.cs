using Workflows.Engine.Execution;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Projects.Commands.RegisterProject;
using Workflows.Projects.Domain.Reviews;
using Workflows.Projects.Domain.Security;
using Workflows.Projects.Evaluation.Queries.ListDepartmentAssessments;
using Workflows.Projects.Evaluation.Queries.ListKeyProjectEvaluations;
using Workflows.Projects.Projects.Queries.Deadlines;

namespace Workflows.Projects.Projects.Queries.GetProjectDetails;

/// <summary>
/// Everything the project page shows; documents are listed without their content. <see cref="PriorDepartmentAssessment"/> is the
/// lead department's assessment of the year before the application (art. 30), which the reviewers weigh;
/// <see cref="KeyProjectEvaluations"/> are finance's key-project evaluations of this project and
/// <see cref="DepartmentKeyProjectEvaluations"/> the recorded ones of the lead department's other projects (art. 27), which the
/// reviewers of its later applications weigh too. <see cref="DedicatedNetwork"/> is the bureau's answer on a new dedicated
/// business network (art. 11).
/// </summary>
public sealed record ProjectDetails(
    Guid Id,
    string Code,
    string Name,
    ProjectKind Kind,
    ProjectStage Stage,
    string LeadDepartmentCode,
    string LeadDepartmentName,
    IReadOnlyList<ProjectDetails.DepartmentRef> CoBuildingDepartments,
    bool InAnnualPlan,
    bool Major,
    decimal TotalBudget,
    IReadOnlyList<ProjectDetails.YearAmount> YearlyBudgets,
    FundingStatus FundingStatus,
    string? FundingHoldReason,
    IReadOnlyList<ProjectDetails.Document> Documents,
    IReadOnlyList<ProjectDetails.Filing> Filings,
    IReadOnlyList<DeadlineItem> Deadlines,
    IReadOnlyList<ProjectDetails.HistoryRow> History,
    IReadOnlyList<ProjectDetails.Instance> Instances,
    ProjectApplication Application,
    ProjectDetails.RevisionState Revision,
    decimal? ApprovedBudget,
    IReadOnlyList<ProjectDetails.Review> Reviews,
    IReadOnlyList<ProjectDetails.SecurityAssessmentRow> SecurityAssessments,
    IReadOnlyList<ProjectDetails.SpendingRow> SpendingReports,
    SharingException? SharingException = null,
    DepartmentAssessmentView? PriorDepartmentAssessment = null,
    IReadOnlyList<KeyProjectEvaluationView>? KeyProjectEvaluations = null,
    IReadOnlyList<KeyProjectEvaluationView>? DepartmentKeyProjectEvaluations = null,
    DedicatedNetworkStatus DedicatedNetwork = DedicatedNetworkStatus.NotRequested)
{
    /// <summary>Art. 19: a quarter's spending in all against the approved budget of the time.</summary>
    public sealed record SpendingRow(int Year, int Quarter, decimal SpentToDate, decimal ApprovedBudget, string Note, DateTimeOffset ReportedAt, string ReportedBy);

    /// <summary>Art. 37: a 等保测评 or 密评 recorded, with the date its re-evaluation falls due.</summary>
    public sealed record SecurityAssessmentRow(
        Guid Id, SecurityAssessmentKind Kind, DateOnly AssessedOn, string Assessor, string Conclusion, DateOnly NextDueOn, string RecordedBy);

    /// <summary>
    /// Whether a return for revision is open (the lead department's revision task is open), who returned the application
    /// and why; <see cref="CanRevise"/> says whether the caller may revise it (<c>PUT /api/projects/{id}</c>).
    /// </summary>
    public sealed record RevisionState(bool Open, bool CanRevise, Guid? TaskId, string? ReturnedBy, string? Reason);

    public sealed record DepartmentRef(string Code, string Name);

    public sealed record YearAmount(int Year, decimal Amount);

    public sealed record Document(Guid Id, DocumentKind Kind, string FileName, long Size, string Sha256, DateTimeOffset UploadedAt);

    public sealed record Filing(FilingKind Kind, DateTimeOffset? DueAt, DateTimeOffset FiledAt, bool Late);

    /// <summary>
    /// One history row; the values are the JSON objects of the changed fields. <see cref="Actor"/> is the user's sign-in
    /// code and the step that acted (<c>dgsc (new-project:recordTechnicalReview)</c>); <see cref="ActorName"/> is the
    /// user's display name as people read it (数字政府服务中心), null when the actor is no user.
    /// </summary>
    public sealed record HistoryRow(DateTimeOffset At, string Actor, string Change, string? OldValue, string? NewValue, string? ActorName = null);

    /// <summary>One party's review as decided: the art. 14 review carries its reviewed amount.</summary>
    public sealed record Review(ReviewStage Stage, ReviewDecision Decision, decimal? Amount, string Opinion, string Reviewer, DateTimeOffset ReviewedAt);

    public sealed record Instance(Guid Id, string DefinitionKey, int Version, InstanceStatus Status, DateTimeOffset StartedAt);
}
