using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Evaluation;

namespace Workflows.Projects.Evaluation.Queries.ListApplicationEvaluations;

/// <summary>
/// Art. 29: the application-efficiency evaluations, latest first, of one system or all, of one year or all, of one department's
/// systems or (null) every department's.
/// </summary>
public sealed record ListApplicationEvaluations(Guid? SystemId, int? Year, string? DepartmentCode) : IQuery<IReadOnlyList<ApplicationEvaluationView>>;

public sealed class ListApplicationEvaluationsHandler(WorkflowsDbContext db)
    : IQueryHandler<ListApplicationEvaluations, IReadOnlyList<ApplicationEvaluationView>>
{
    public async ValueTask<IReadOnlyList<ApplicationEvaluationView>> Handle(ListApplicationEvaluations query, CancellationToken cancellationToken)
    {
        var rows = await (
                from evaluation in db.Set<ApplicationEvaluation>().AsNoTracking()
                join system in db.Set<InformationSystem>().AsNoTracking() on evaluation.SystemId equals system.Id
                where (query.SystemId == null || evaluation.SystemId == query.SystemId)
                    && (query.Year == null || evaluation.Year == query.Year)
                    && (query.DepartmentCode == null || system.DepartmentCode == query.DepartmentCode)
                select new { evaluation, system.Name, system.DepartmentCode })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.evaluation.Year).ThenByDescending(r => r.evaluation.EvaluatedOn).Select(r => new ApplicationEvaluationView(
            r.evaluation.Id, r.evaluation.SystemId, r.Name, r.DepartmentCode, r.evaluation.Year, r.evaluation.EvaluatedOn, r.evaluation.Evaluator,
            r.evaluation.DocumentReview, r.evaluation.ThirdParty, r.evaluation.QuestionnaireResponses, r.evaluation.Conclusion,
            [.. r.evaluation.Scores.OrderBy(s => s.Dimension).Select(s => new ApplicationEvaluationView.Score(s.Dimension, s.Score, s.Conclusion))],
            r.evaluation.RecordedBy, r.evaluation.RecordedAt))];
    }
}
