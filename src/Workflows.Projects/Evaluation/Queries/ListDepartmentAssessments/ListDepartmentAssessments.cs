using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Departments;
using Workflows.Projects.Domain.Evaluation;

namespace Workflows.Projects.Evaluation.Queries.ListDepartmentAssessments;

/// <summary>Art. 30: the annual assessments, latest year first, of one year or all, of one department or (null) all.</summary>
public sealed record ListDepartmentAssessments(int? Year, string? DepartmentCode) : IQuery<IReadOnlyList<DepartmentAssessmentView>>;

public sealed class ListDepartmentAssessmentsHandler(WorkflowsDbContext db)
    : IQueryHandler<ListDepartmentAssessments, IReadOnlyList<DepartmentAssessmentView>>
{
    public async ValueTask<IReadOnlyList<DepartmentAssessmentView>> Handle(ListDepartmentAssessments query, CancellationToken cancellationToken)
    {
        var rows = await (
                from assessment in db.Set<DepartmentAssessment>().AsNoTracking()
                join department in db.Set<Department>().AsNoTracking() on assessment.DepartmentCode equals department.Code
                where (query.Year == null || assessment.Year == query.Year)
                    && (query.DepartmentCode == null || assessment.DepartmentCode == query.DepartmentCode)
                select new { assessment, department.Name })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.assessment.Year).ThenBy(r => r.assessment.DepartmentCode).Select(r => View(r.assessment, r.Name))];
    }

    internal static DepartmentAssessmentView View(DepartmentAssessment a, string departmentName) =>
        new(a.Id, a.Year, a.DepartmentCode, departmentName, a.Grade, a.Score, a.Remarks, a.RecordedBy, a.RecordedAt);
}
