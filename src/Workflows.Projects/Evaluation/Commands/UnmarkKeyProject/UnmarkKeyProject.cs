using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Evaluation;
using Workflows.Runtime.Common;
using Workflows.Runtime.Instances.CancelInstance;

namespace Workflows.Projects.Evaluation.Commands.UnmarkKeyProject;

/// <summary>
/// Art. 27: finance unmarks a key project, with its reason, before the evaluation is recorded: its evaluation is cancelled and the
/// project's history keeps both. An evaluation already recorded stays on record (409).
/// </summary>
public sealed record UnmarkKeyProject(Guid EvaluationId, string? Reason, string Actor) : ICommand;

public sealed class UnmarkKeyProjectHandler(WorkflowsDbContext db, ProjectDeadlines deadlines, ISender sender) : ICommandHandler<UnmarkKeyProject>
{
    public async ValueTask<Unit> Handle(UnmarkKeyProject command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.Reason) || command.Reason.Length > 2000)
            throw new InvalidRequestException([new Problem("reason", "须说明撤销重点项目的理由（不超过2000字） (reason: why the project is no longer key, at most 2000 characters)")]);
        var evaluation = await db.Set<KeyProjectEvaluation>().SingleOrDefaultAsync(e => e.Id == command.EvaluationId, cancellationToken)
            ?? throw NotFoundException.For("重点项目评价 (key-project evaluation)", command.EvaluationId.ToString());
        if (evaluation.Status != KeyProjectEvaluationStatus.Open)
            throw new ConflictException(evaluation.Status == KeyProjectEvaluationStatus.Evaluated
                ? "重点项目评价已完成，评价结果保留在案（第二十七条） (art. 27: the evaluation is recorded and stays on record)"
                : "项目已不是重点评价项目 (the project is not marked key)");

        var project = await db.LoadAsync(evaluation.ProjectId, cancellationToken);
        var now = deadlines.Now;
        evaluation.Status = KeyProjectEvaluationStatus.Withdrawn;
        evaluation.WithdrawalReason = command.Reason.Trim();
        evaluation.WithdrawnBy = command.Actor;
        evaluation.WithdrawnAt = now;
        project.Record(now, command.Actor, "key-project-unmarked", $"撤销 {evaluation.Year} 年度重点评价项目（第二十七条）：{evaluation.WithdrawalReason}",
            new { evaluation.Year, evaluation.Reason }, new { evaluation.WithdrawalReason });
        if (evaluation.InstanceId is { } instanceId
            && await db.Instances.AsNoTracking().AnyAsync(i => i.Id == instanceId && i.Status == InstanceStatus.Running, cancellationToken))
            await sender.Send(new CancelInstance(instanceId, "财政撤销重点项目（第二十七条） (art. 27: finance unmarked the key project)", command.Actor), cancellationToken);
        return Unit.Value;
    }
}
