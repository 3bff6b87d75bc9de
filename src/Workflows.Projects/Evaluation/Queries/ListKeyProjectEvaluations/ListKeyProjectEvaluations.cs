using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Evaluation;

namespace Workflows.Projects.Evaluation.Queries.ListKeyProjectEvaluations;

/// <summary>
/// Art. 27: the key-project evaluations, latest year first, filtered by year, lead department, project, status and id where given
/// (null: all).
/// </summary>
public sealed record ListKeyProjectEvaluations(
    int? Year = null, string? DepartmentCode = null, Guid? ProjectId = null, KeyProjectEvaluationStatus? Status = null, Guid? Id = null)
    : IQuery<IReadOnlyList<KeyProjectEvaluationView>>;

public sealed class ListKeyProjectEvaluationsHandler(WorkflowsDbContext db)
    : IQueryHandler<ListKeyProjectEvaluations, IReadOnlyList<KeyProjectEvaluationView>>
{
    public async ValueTask<IReadOnlyList<KeyProjectEvaluationView>> Handle(ListKeyProjectEvaluations query, CancellationToken cancellationToken)
    {
        var rows = await (
                from evaluation in db.Set<KeyProjectEvaluation>().AsNoTracking()
                join project in db.Set<Project>().AsNoTracking() on evaluation.ProjectId equals project.Id
                where (query.Year == null || evaluation.Year == query.Year)
                    && (query.DepartmentCode == null || project.LeadDepartmentCode == query.DepartmentCode)
                    && (query.ProjectId == null || evaluation.ProjectId == query.ProjectId)
                    && (query.Status == null || evaluation.Status == query.Status)
                    && (query.Id == null || evaluation.Id == query.Id)
                select new { evaluation, project.Code, project.Name, project.LeadDepartmentCode })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.evaluation.Year).ThenBy(r => r.Code).Select(r => new KeyProjectEvaluationView(
            r.evaluation.Id, r.evaluation.ProjectId, r.Code, r.Name, r.LeadDepartmentCode, r.evaluation.Year, r.evaluation.Reason,
            r.evaluation.Status, r.evaluation.MarkedBy, r.evaluation.MarkedAt, r.evaluation.WithdrawalReason, r.evaluation.WithdrawnAt,
            r.evaluation.Grade, r.evaluation.Score, r.evaluation.Conclusion, r.evaluation.Problems, r.evaluation.Recommendations,
            r.evaluation.Evaluator, r.evaluation.ReportDocumentId, r.evaluation.EvaluatedBy, r.evaluation.EvaluatedAt))];
    }
}
