using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain.Supervision;
using Workflows.Projects.Common;

namespace Workflows.Projects.Supervision.Commands.AssessLoss;

/// <summary>
/// Art. 28: the bureau assesses a loss of funds found during rectification or after termination; a serious loss
/// refers the responsible people for accountability, whether or not the project is terminated.
/// </summary>
public sealed record AssessLoss(Guid OrderId, bool SeriousLoss, string Assessment, string? Actor = null) : ICommand;

public sealed class AssessLossHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<AssessLoss>
{
    public async ValueTask<Unit> Handle(AssessLoss command, CancellationToken cancellationToken)
    {
        var order = await db.FindOrThrowAsync<RectificationOrder>(command.OrderId, "整改通知 (rectification order)", cancellationToken);
        var project = await db.LoadAsync(order.ProjectId, cancellationToken);
        var now = time.GetUtcNow();
        var assessment = command.Assessment.Trim();
        project.Record(now, command.Actor, "loss-assessed",
            command.SeriousLoss ? "评估资金损失：造成财政资金严重损失（第二十八条）" : "评估资金损失：未造成严重损失（第二十八条）",
            newValues: new { command.SeriousLoss, Assessment = assessment });
        if (command.SeriousLoss && !order.ReferredForAccountability)
        {
            order.ReferredForAccountability = true;
            project.Record(now, command.Actor, "referred-for-accountability", "造成财政资金严重损失，移送追责（第二十八条）",
                newValues: new { Terminated = order.Status == RectificationStatus.ProjectTerminated, Assessment = assessment });
        }
        return Unit.Value;
    }
}
