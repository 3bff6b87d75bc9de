using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Supervision;
using Workflows.Projects.Common;
using Workflows.Projects.Projects.Commands.StartProjectProcess;
using Workflows.Projects.Supervision.Deadlines;
using Workflows.Runtime.Common;
using Workflows.Runtime.Instances.StartInstance;

namespace Workflows.Projects.Supervision.Commands.OrderDelayedAcceptanceRectification;

/// <summary>
/// Art. 28: the bureau starts <c>rectification-order</c> from a delayed-acceptance notice: bound to the project, in its lead
/// department, with the reason (<c>DelayedAcceptance</c>) and the problem statement prefilled on the order task. One order per
/// notice; 409 once the project was accepted, ended or got a new planned completion date.
/// </summary>
public sealed record OrderDelayedAcceptanceRectification(Guid NoticeId, string Actor) : ICommand<StartedInstance>;

public sealed class OrderDelayedAcceptanceRectificationHandler(WorkflowsDbContext db, ProjectDeadlines deadlines, ISender sender)
    : ICommandHandler<OrderDelayedAcceptanceRectification, StartedInstance>
{
    public async ValueTask<StartedInstance> Handle(OrderDelayedAcceptanceRectification command, CancellationToken cancellationToken)
    {
        var notice = await db.FindOrThrowAsync<AcceptanceDelayNotice>(command.NoticeId, "拖延验收提示 (delayed-acceptance notice)", cancellationToken);
        if (notice.RectificationInstanceId is not null)
            throw new ConflictException(new Problem("art-28", "已就本次拖延验收下达整改通知 (a rectification order was already started for this delay)"));
        var project = await db.Set<Project>().SingleAsync(p => p.Id == notice.ProjectId, cancellationToken);
        if (!AcceptanceDelays.AwaitingAcceptance.Contains(project.Stage) || project.PlannedCompletion != notice.PlannedCompletion)
            throw new ConflictException(new Problem("art-28",
                "项目已验收、已终止或已调整计划完成日期，不再拖延验收 (the project was accepted, ended or has a new planned completion date)"));

        var variables = new Dictionary<string, JsonElement>
        {
            ["rectificationReason"] = JsonSerializer.SerializeToElement(nameof(RectificationReason.DelayedAcceptance)),
            ["rectificationDescription"] = JsonSerializer.SerializeToElement(AcceptanceDelays.Description(project.Code, project.Name, notice.PlannedCompletion)),
        };
        var started = await sender.Send(new StartProjectProcess(ProjectProcesses.RectificationOrder, null, project.Id, variables, command.Actor), cancellationToken);
        notice.RectificationInstanceId = started.InstanceId;
        notice.OrderedAt = deadlines.Now;
        notice.OrderedBy = command.Actor;
        return started;
    }
}
