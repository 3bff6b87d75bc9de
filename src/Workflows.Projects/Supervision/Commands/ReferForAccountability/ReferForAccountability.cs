using Mediator;
using Workflows.Persistence;
using Workflows.Persistence.Projects.Supervision;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Supervision.Commands.ReferForAccountability;

/// <summary>Serious loss of funds: the responsible people are referred for accountability (art. 28).</summary>
public sealed record ReferForAccountability(Guid OrderId, string Assessment, string? Actor = null) : ICommand;

public sealed class ReferForAccountabilityHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<ReferForAccountability>
{
    public async ValueTask<Unit> Handle(ReferForAccountability command, CancellationToken cancellationToken)
    {
        var order = await db.FindOrThrowAsync<RectificationOrder>(command.OrderId, "整改通知 (rectification order)", cancellationToken);
        if (order.Status != RectificationStatus.ProjectTerminated)
            throw new ConflictException("项目未终止，不能移送追责 (refer only after termination)");
        var project = await db.LoadAsync(order.ProjectId, cancellationToken);
        order.ReferredForAccountability = true;
        project.Record(time.GetUtcNow(), command.Actor, "referred-for-accountability", "造成财政资金严重损失，移送追责（第二十八条）",
            newValues: new { command.Assessment });
        return Unit.Value;
    }
}
