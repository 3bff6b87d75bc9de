using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Construction;
using Workflows.Projects.Domain.Evaluation;

namespace Workflows.Projects.Evaluation.Queries.ListEvaluationSamples;

/// <summary>Art. 27: finance's draws, latest first (of one budget year, or all), each with its candidates.</summary>
public sealed record ListEvaluationSamples(int? BudgetYear) : IQuery<IReadOnlyList<EvaluationSampleView>>;

public sealed class ListEvaluationSamplesHandler(WorkflowsDbContext db) : IQueryHandler<ListEvaluationSamples, IReadOnlyList<EvaluationSampleView>>
{
    public async ValueTask<IReadOnlyList<EvaluationSampleView>> Handle(ListEvaluationSamples query, CancellationToken cancellationToken)
    {
        var samples = await db.Set<EvaluationSample>().AsNoTracking()
            .Where(s => query.BudgetYear == null || s.BudgetYear == query.BudgetYear)
            .ToListAsync(cancellationToken);
        var ids = samples.Select(s => s.Id).ToList();
        var candidates = await (
                from evaluation in db.Set<SelfEvaluation>().AsNoTracking()
                join project in db.Set<Project>().AsNoTracking() on evaluation.ProjectId equals project.Id
                where evaluation.SampleId != null && ids.Contains(evaluation.SampleId.Value)
                select new { evaluation, project.Code, project.Name, project.LeadDepartmentCode })
            .ToListAsync(cancellationToken);
        return [.. samples.OrderByDescending(s => s.DrawnAt).Select(s => new EvaluationSampleView(
            s.Id, s.BudgetYear, s.Share, s.Seed, s.Candidates, s.Picked, s.DrawnBy, s.DrawnAt,
            [.. candidates.Where(c => c.evaluation.SampleId == s.Id).OrderBy(c => c.evaluation.Id).Select(c => new EvaluationSampleView.Candidate(
                c.evaluation.Id, c.evaluation.ProjectId, c.Code, c.Name, c.LeadDepartmentCode, c.evaluation.Sampled, c.evaluation.SpotChecked,
                c.evaluation.SpotCheckResult))]))];
    }
}
