using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Supervision;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Supervision.Commands.VerifyRectification;

/// <summary>The bureau verifies the rectification; compliance closes the order and lifts a suspension (art. 28).</summary>
public sealed record VerifyRectification(Guid OrderId, bool Compliant, string Opinion, string? Actor = null) : ICommand;

public sealed class VerifyRectificationHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<VerifyRectification>
{
    public async ValueTask<Unit> Handle(VerifyRectification command, CancellationToken cancellationToken)
    {
        var (order, project) = await db.LoadOpenOrderAsync(command.OrderId, cancellationToken);
        var now = time.GetUtcNow();
        var old = new { project.FundingStatus, project.FundingHoldReason };
        if (command.Compliant)
        {
            order.Status = RectificationStatus.Compliant;
            order.ClosedAt = now;
            if (project.FundingStatus == FundingStatus.Suspended)
            {
                project.FundingStatus = FundingStatus.Normal;
                project.FundingHoldReason = null;
            }
        }
        project.Record(now, command.Actor, "rectification-verified", command.Compliant ? "整改到位（第二十八条）" : "整改不到位（第二十八条）",
            old, new { project.FundingStatus, command.Compliant, command.Opinion });
        return Unit.Value;
    }
}
