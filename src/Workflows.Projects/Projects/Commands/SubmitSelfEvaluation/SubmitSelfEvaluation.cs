using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Construction;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.SubmitSelfEvaluation;

/// <summary>The department's performance self-evaluation of a budget year (art. 26).</summary>
public sealed record SubmitSelfEvaluation(Guid ProjectId, int BudgetYear, string Summary, string? Actor = null) : ICommand;

public sealed class SubmitSelfEvaluationHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<SubmitSelfEvaluation>
{
    public async ValueTask<Unit> Handle(SubmitSelfEvaluation command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        if (await db.Set<SelfEvaluation>().AnyAsync(e => e.ProjectId == project.Id && e.BudgetYear == command.BudgetYear, cancellationToken))
            throw new InvalidRequestException($"{command.BudgetYear} 年度的绩效自评已提交（第二十六条） (art. 26: that year is evaluated already)");
        var now = time.GetUtcNow();
        db.Add(new SelfEvaluation
        {
            Id = Guid.CreateVersion7(now), ProjectId = project.Id, BudgetYear = command.BudgetYear, Summary = command.Summary.Trim(),
            SubmittedAt = now, SubmittedBy = command.Actor ?? "",
        });
        project.Record(now, command.Actor, "self-evaluated", $"提交 {command.BudgetYear} 年度绩效自评（第二十六条）");
        return Unit.Value;
    }
}
