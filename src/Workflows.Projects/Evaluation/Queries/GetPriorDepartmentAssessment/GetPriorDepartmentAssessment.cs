using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Departments;
using Workflows.Projects.Domain.Evaluation;
using Workflows.Projects.Evaluation.Queries.ListDepartmentAssessments;

namespace Workflows.Projects.Evaluation.Queries.GetPriorDepartmentAssessment;

/// <summary>
/// Art. 30: the assessment of the lead department's IT work in the year before the project's application year (its first
/// budget year, else the year it was registered), which weighs on the review; null when the bureau has recorded none.
/// </summary>
public sealed record GetPriorDepartmentAssessment(Guid ProjectId) : IQuery<DepartmentAssessmentView?>;

public sealed class GetPriorDepartmentAssessmentHandler(WorkflowsDbContext db, ProjectDeadlines deadlines)
    : IQueryHandler<GetPriorDepartmentAssessment, DepartmentAssessmentView?>
{
    public async ValueTask<DepartmentAssessmentView?> Handle(GetPriorDepartmentAssessment query, CancellationToken cancellationToken)
    {
        var project = await db.Set<Project>().AsNoTracking().Where(p => p.Id == query.ProjectId)
            .Select(p => new { p.LeadDepartmentCode, p.CreatedAt, FirstYear = p.YearBudgets.Min(b => (int?)b.Year) })
            .SingleOrDefaultAsync(cancellationToken);
        if (project is null)
            return null;
        var year = (project.FirstYear ?? deadlines.LocalDate(project.CreatedAt).Year) - 1;
        var row = await (
                from assessment in db.Set<DepartmentAssessment>().AsNoTracking()
                join department in db.Set<Department>().AsNoTracking() on assessment.DepartmentCode equals department.Code
                where assessment.DepartmentCode == project.LeadDepartmentCode && assessment.Year == year
                select new { assessment, department.Name })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : ListDepartmentAssessmentsHandler.View(row.assessment, row.Name);
    }
}
