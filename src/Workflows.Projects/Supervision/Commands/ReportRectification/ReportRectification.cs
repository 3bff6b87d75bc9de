using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Supervision.Commands.ReportRectification;

/// <summary>The department reports its rectification, or states that it refuses (art. 28).</summary>
public sealed record ReportRectification(Guid OrderId, string Report, bool Refused, string? Actor = null) : ICommand;

public sealed class ReportRectificationHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<ReportRectification>
{
    public async ValueTask<Unit> Handle(ReportRectification command, CancellationToken cancellationToken)
    {
        var (order, project) = await db.LoadOpenOrderAsync(command.OrderId, cancellationToken);
        order.LastReport = command.Report.Trim();
        project.Record(time.GetUtcNow(), command.Actor, "rectification-reported", command.Refused ? "拒不整改（第二十八条）" : "报告整改情况（第二十八条）",
            newValues: new { command.Refused, command.Report });
        return Unit.Value;
    }
}
