using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Security;

namespace Workflows.Projects.Security.Queries.ListSecurityReassessments;

/// <summary>
/// Art. 37: the re-evaluations due within <see cref="SecurityAssessments.ReminderDays"/> days or overdue, earliest first,
/// of one department's projects or (null) of all; a terminated project has none.
/// </summary>
public sealed record ListSecurityReassessments(string? DepartmentCode) : IQuery<IReadOnlyList<SecurityReassessment>>;

public sealed class ListSecurityReassessmentsHandler(WorkflowsDbContext db, ProjectDeadlines deadlines)
    : IQueryHandler<ListSecurityReassessments, IReadOnlyList<SecurityReassessment>>
{
    public async ValueTask<IReadOnlyList<SecurityReassessment>> Handle(ListSecurityReassessments query, CancellationToken cancellationToken)
    {
        var today = deadlines.Today;
        var horizon = today.AddDays(SecurityAssessments.ReminderDays);
        var assessments = db.Set<SecurityAssessment>().AsNoTracking();
        var rows = await (
                from assessment in assessments
                join project in db.Set<Project>().AsNoTracking() on assessment.ProjectId equals project.Id
                where assessment.NextDueOn <= horizon && project.Stage != ProjectStage.Terminated
                    && (query.DepartmentCode == null || project.LeadDepartmentCode == query.DepartmentCode)
                    && !assessments.Any(later => later.ProjectId == assessment.ProjectId && later.Kind == assessment.Kind && later.RecordedAt > assessment.RecordedAt)
                select new { assessment, project.Code, project.Name, project.LeadDepartmentCode })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(row => row.assessment.NextDueOn).ThenBy(row => row.Code).Select(row => new SecurityReassessment(
            row.assessment.Id, row.assessment.ProjectId, row.Code, row.Name, row.LeadDepartmentCode, row.assessment.Kind,
            row.assessment.AssessedOn, row.assessment.NextDueOn, row.assessment.NextDueOn < today, row.assessment.RemindedFor == row.assessment.NextDueOn))];
    }
}
