using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain.Supervision;
using Workflows.Projects.Common;

namespace Workflows.Projects.Supervision.Commands.IssueRectificationOrder;

/// <summary>The bureau orders rectification within a limit of working days (限期整改, art. 28).</summary>
public sealed record IssueRectificationOrder(Guid ProjectId, RectificationReason Reason, string Description, int LimitWorkingDays, string? Actor = null)
    : ICommand<RectificationOrder>;

public sealed class IssueRectificationOrderHandler(WorkflowsDbContext db, ProjectDeadlines deadlines) : ICommandHandler<IssueRectificationOrder, RectificationOrder>
{
    public async ValueTask<RectificationOrder> Handle(IssueRectificationOrder command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        var now = deadlines.Now;
        var order = new RectificationOrder
        {
            Id = Guid.CreateVersion7(now), ProjectId = project.Id, Reason = command.Reason, Description = command.Description.Trim(),
            LimitWorkingDays = command.LimitWorkingDays, OrderedAt = now, OrderedBy = command.Actor ?? "",
            DueAt = deadlines.WorkingDaysAfter(now, command.LimitWorkingDays), Status = RectificationStatus.Open,
        };
        db.Add(order);
        project.Record(now, command.Actor, "rectification-ordered", $"限期整改：{RectificationNames.Of(command.Reason)}，{order.DueAt:yyyy-MM-dd} 前完成（第二十八条）",
            newValues: new { command.Reason, command.LimitWorkingDays, order.DueAt });
        return order;
    }
}
