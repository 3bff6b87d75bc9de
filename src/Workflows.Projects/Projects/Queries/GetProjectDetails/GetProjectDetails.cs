using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Construction;
using Workflows.Projects.Domain.Departments;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Common;
using Workflows.Projects.Departments;
using Workflows.Projects.Projects.Commands.RegisterProject;
using Workflows.Projects.Domain.Reviews;
using Workflows.Projects.Domain.Security;
using Workflows.Projects.Domain.Evaluation;
using Workflows.Projects.Evaluation.Queries.GetPriorDepartmentAssessment;
using Workflows.Projects.Evaluation.Queries.ListKeyProjectEvaluations;
using Workflows.Projects.Projects.Queries.Deadlines;
using Workflows.Runtime.Calendar;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Queries.GetProjectDetails;

/// <summary>A project with its documents (without content), filings, open deadlines, history and process instances.</summary>
public sealed record GetProjectDetails(Guid ProjectId) : IQuery<ProjectDetails>;

public sealed class GetProjectDetailsHandler(
    WorkflowsDbContext db, IBusinessCalendar calendar, CalendarClock calendarClock, TimeProvider time, ISender sender)
    : IQueryHandler<GetProjectDetails, ProjectDetails>
{
    public async ValueTask<ProjectDetails> Handle(GetProjectDetails query, CancellationToken cancellationToken)
    {
        var project = await db.Set<Project>().AsNoTracking()
            .Include(p => p.CoBuilders).Include(p => p.YearBudgets).Include(p => p.Filings).Include(p => p.History)
            .Include(p => p.Systems).Include(p => p.CloudServices)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == query.ProjectId, cancellationToken)
            ?? throw NotFoundException.For("项目 (project)", query.ProjectId);
        var departmentCodes = project.CoBuilders.Select(c => c.DepartmentCode).Append(project.LeadDepartmentCode).ToList();
        var departmentNames = await db.Set<Department>().AsNoTracking().Where(d => departmentCodes.Contains(d.Code))
            .ToDictionaryAsync(d => d.Code, d => d.Name, cancellationToken);
        var clock = new DeadlineClock(calendar, calendarClock, time);
        var deadlines = await OpenDeadlines.ReadAsync(db, [project.Id], cancellationToken);
        return new ProjectDetails(
            project.Id, project.Code, project.Name, project.Kind, project.Stage,
            project.LeadDepartmentCode, departmentNames.GetValueOrDefault(project.LeadDepartmentCode, project.LeadDepartmentCode),
            [.. project.CoBuilders.Select(c => new ProjectDetails.DepartmentRef(c.DepartmentCode, departmentNames.GetValueOrDefault(c.DepartmentCode, c.DepartmentCode)))],
            project.InAnnualPlan, project.IsMajor, project.TotalBudget,
            [.. project.YearBudgets.OrderBy(b => b.Year).Select(b => new ProjectDetails.YearAmount(b.Year, b.Amount))],
            project.FundingStatus, project.FundingHoldReason,
            await DocumentsAsync(project.Id, cancellationToken),
            [.. project.Filings.OrderBy(f => f.FiledAt).Select(f => new ProjectDetails.Filing(f.Kind, f.DueAt, f.FiledAt, f.IsLate))],
            [.. deadlines.Select(d => DeadlineItem.From(d, clock))],
            await UserNames.NameActorsAsync(db,
                [.. project.History.OrderBy(h => h.Id).Select(h => new ProjectDetails.HistoryRow(h.At, h.Actor, h.Summary, h.OldValues, h.NewValues))],
                cancellationToken),
            await InstancesAsync(project.Id, cancellationToken),
            ApplicationOf(project),
            await RevisionAsync(project, cancellationToken),
            project.ApprovedBudget,
            await ReviewsAsync(project.Id, cancellationToken),
            await SecurityAssessmentsAsync(project.Id, cancellationToken),
            await db.Set<SpendingReport>().AsNoTracking().Where(r => r.ProjectId == project.Id).OrderBy(r => r.Year).ThenBy(r => r.Quarter)
                .Select(r => new ProjectDetails.SpendingRow(r.Year, r.Quarter, r.SpentToDate, r.ApprovedBudget, r.Note, r.ReportedAt, r.ReportedBy))
                .ToListAsync(cancellationToken),
            project.SharingException,
            await sender.Send(new GetPriorDepartmentAssessment(project.Id), cancellationToken),
            await sender.Send(new ListKeyProjectEvaluations(ProjectId: project.Id), cancellationToken),
            [.. (await sender.Send(new ListKeyProjectEvaluations(DepartmentCode: project.LeadDepartmentCode, Status: KeyProjectEvaluationStatus.Evaluated),
                cancellationToken)).Where(e => e.ProjectId != project.Id)],
            project.DedicatedNetwork);
    }

    /// <summary>The application as it stands, in the shape <c>PUT /api/projects/{id}</c> takes, to prefill the revision form.</summary>
    private static ProjectApplication ApplicationOf(Project project) => new(
        project.Name, project.Kind, project.LeadDepartmentCode, project.Scope, project.IsMajor,
        project.DocksWithUpperLevelSystem, project.TotalBudget,
        [.. project.YearBudgets.OrderBy(b => b.Year).Select(b => new YearBudget(b.Year, b.Amount))], project.PlannedCompletion,
        [.. project.Systems.Select(s => s.SystemId)], [.. project.CloudServices.Select(s => s.ServiceCode)],
        new DataSharingInput(project.DataSharing.Sources, project.DataSharing.Formats, project.DataSharing.UpdateFrequency,
            project.DataSharing.Sharing, project.DataSharing.Opening, project.DataSharing.SharesNothing),
        [.. project.CoBuilders.Select(c => c.DepartmentCode)],
        project.ProtectionLevel, project.CryptographyPlan, project.CoBuiltWithCity, project.MunicipalPartner, project.MunicipalShare, project.PlanEntryId, project.NeedsNoCloud,
        project.BuildsDedicatedNetwork);

    /// <summary>Whether a return is open; whether the caller may revise is the host's to say.</summary>
    private async Task<ProjectDetails.RevisionState> RevisionAsync(Project project, CancellationToken cancellationToken)
    {
        var task = await RevisionTasks.OpenTaskAsync(db, project.Id, cancellationToken);
        var latest = task is null ? null : RevisionHistory.LatestReturn(project.History);
        return new ProjectDetails.RevisionState(task is not null, CanRevise: false, task?.Id, latest?.ReturnedBy, latest?.Reason);
    }

    private async Task<List<ProjectDetails.SecurityAssessmentRow>> SecurityAssessmentsAsync(Guid projectId, CancellationToken cancellationToken) =>
        await db.Set<SecurityAssessment>().AsNoTracking().Where(a => a.ProjectId == projectId).OrderBy(a => a.RecordedAt)
            .Select(a => new ProjectDetails.SecurityAssessmentRow(a.Id, a.Kind, a.AssessedOn, a.Assessor, a.Conclusion, a.NextDueOn, a.RecordedBy))
            .ToListAsync(cancellationToken);

    private async Task<List<ProjectDetails.Review>> ReviewsAsync(Guid projectId, CancellationToken cancellationToken) =>
        await db.Set<ProjectReview>().AsNoTracking().Where(r => r.ProjectId == projectId).OrderBy(r => r.ReviewedAt)
            .Select(r => new ProjectDetails.Review(r.Stage, r.Decision, r.Amount, r.Opinion, r.Reviewer, r.ReviewedAt))
            .ToListAsync(cancellationToken);

    // The content stays in the database: the length is computed there, the bytes never leave it.
    private async Task<List<ProjectDetails.Document>> DocumentsAsync(Guid projectId, CancellationToken cancellationToken) =>
        await db.Set<ProjectDocument>().AsNoTracking().Where(d => d.ProjectId == projectId).OrderBy(d => d.UploadedAt)
            .Select(d => new ProjectDetails.Document(d.Id, d.Kind, d.FileName, d.Content.Length, d.Sha256, d.UploadedAt))
            .ToListAsync(cancellationToken);

    private async Task<List<ProjectDetails.Instance>> InstancesAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var businessKey = OpenDeadlines.BusinessKey(projectId);
        return await db.Instances.AsNoTracking().Where(i => i.BusinessKey == businessKey).OrderBy(i => i.StartedAt)
            .Select(i => new ProjectDetails.Instance(i.Id, i.DefinitionKey, i.DefinitionVersion, i.Status, i.StartedAt))
            .ToListAsync(cancellationToken);
    }
}
