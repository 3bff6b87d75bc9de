using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Evaluation;
using Workflows.Projects.Projects.Commands.StartProjectProcess;

namespace Workflows.Projects.Evaluation.Queries.ListOverdueSelfEvaluations;

/// <summary>
/// Art. 26: the self-evaluations not sent by their task's due date (<c>selfEvaluationDueAt</c>, set when the year's evaluation is
/// opened), most overdue first, of one lead department or (null) all.
/// </summary>
public sealed record ListOverdueSelfEvaluations(string? DepartmentCode) : IQuery<IReadOnlyList<OverdueSelfEvaluation>>;

public sealed class ListOverdueSelfEvaluationsHandler(WorkflowsDbContext db, TimeProvider time)
    : IQueryHandler<ListOverdueSelfEvaluations, IReadOnlyList<OverdueSelfEvaluation>>
{
    public async ValueTask<IReadOnlyList<OverdueSelfEvaluation>> Handle(ListOverdueSelfEvaluations query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = await (
                from task in db.Set<UserTaskRecord>().AsNoTracking()
                join opening in db.Set<SelfEvaluationOpening>().AsNoTracking() on task.InstanceId equals opening.InstanceId
                join project in db.Set<Project>().AsNoTracking() on opening.ProjectId equals project.Id
                where task.DefinitionKey == ProjectProcesses.PerformanceEvaluation && task.Status == UserTaskStatus.Open
                    && task.DueAt != null && task.DueAt < now
                    && (query.DepartmentCode == null || project.LeadDepartmentCode == query.DepartmentCode)
                select new OverdueSelfEvaluation(task.Id, project.Id, project.Code, project.Name, project.LeadDepartmentCode, opening.BudgetYear,
                    opening.OpenedAt, task.DueAt!.Value))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.DueAt).ThenBy(r => r.ProjectCode)];
    }
}
