using System.Text.Json;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Projects.Domain.Supervision;
using Workflows.Projects.Common;
using Workflows.Runtime.Calendar;

namespace Workflows.Projects.Supervision.Deadlines;

/// <summary>Art. 28: the rectification order keeps the limit the process waits for; when the calendar moves
/// <c>rectificationDueAt</c>, the open order's limit moves with it and the project history says so.</summary>
internal sealed class RectificationDeadlineObserver(WorkflowsDbContext db, TimeProvider time) : IDeadlineVariableObserver
{
    private const string Variable = "rectificationDueAt";

    public async ValueTask OnMovedAsync(MovedDeadline moved, ProcessInstance instance, CancellationToken cancellationToken)
    {
        if (moved.Name != Variable
            || !instance.Variables.TryGetValue("rectificationOrderId", out var id)
            || id.ValueKind != JsonValueKind.String || !Guid.TryParse(id.GetString(), out var orderId))
            return;
        var order = await db.Set<RectificationOrder>().FindAsync([orderId], cancellationToken);
        if (order is null || order.ClosedAt is not null || order.DueAt != moved.OldDueAt)
            return;
        order.DueAt = moved.NewDueAt;
        var project = await db.LoadAsync(order.ProjectId, cancellationToken);
        project.Record(time.GetUtcNow(), moved.Actor, "rectification-due-moved",
            $"工作日历调整，整改期限改为 {moved.NewDueAt:yyyy-MM-dd}（第二十八条）", new { DueAt = moved.OldDueAt }, new { DueAt = moved.NewDueAt });
    }
}
