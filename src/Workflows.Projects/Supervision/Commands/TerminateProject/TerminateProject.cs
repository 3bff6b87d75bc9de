using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Supervision;
using Workflows.Projects.Common;
using Workflows.Runtime.Instances.CancelInstance;

namespace Workflows.Projects.Supervision.Commands.TerminateProject;

/// <summary>
/// Still non-compliant after the second limit: the project is terminated (art. 28). Every other running process of
/// the project (its application, change requests, other orders) is cancelled with the reason, so no task or timer
/// of a terminated project is left; <paramref name="OrderInstanceId"/> is the order's own instance, which goes on.
/// </summary>
public sealed record TerminateProject(Guid OrderId, Guid? OrderInstanceId = null, string? Actor = null) : ICommand;

public sealed class TerminateProjectHandler(WorkflowsDbContext db, ISender sender, TimeProvider time) : ICommandHandler<TerminateProject>
{
    public const string CancelReason = "项目已终止（第二十八条） (art. 28: the project was terminated)";

    public async ValueTask<Unit> Handle(TerminateProject command, CancellationToken cancellationToken)
    {
        var (order, project) = await db.LoadOpenOrderAsync(command.OrderId, cancellationToken);
        var now = time.GetUtcNow();
        var old = new { project.Stage, project.FundingStatus };
        order.Status = RectificationStatus.ProjectTerminated;
        order.ClosedAt = now;
        project.MoveTo(ProjectStage.Terminated);
        project.FundingStatus = FundingStatus.Terminated;
        project.FundingHoldReason = "整改不到位，终止项目（第二十八条）";
        var cancelled = await CancelProcessesAsync(project.Id, command.OrderInstanceId, command.Actor, cancellationToken);
        project.Record(now, command.Actor, "project-terminated", "终止项目（第二十八条）", old,
            new { project.Stage, project.FundingStatus, CancelledProcesses = cancelled });
        return Unit.Value;
    }

    /// <summary>Cancels the project's running instances, callers before the instances they called (which go with them).</summary>
    private async Task<List<string>> CancelProcessesAsync(Guid projectId, Guid? keep, string? actor, CancellationToken cancellationToken)
    {
        var businessKey = projectId.ToString();
        var running = await db.Instances.AsNoTracking()
            .Where(i => i.BusinessKey == businessKey && i.Status == InstanceStatus.Running && i.Id != keep)
            .OrderBy(i => i.ParentInstanceId != null).ThenBy(i => i.StartedAt)
            .Select(i => new { i.Id, i.DefinitionKey })
            .ToListAsync(cancellationToken);
        var cancelled = new List<string>();
        foreach (var instance in running)
        {
            // An instance called by one cancelled before went with its caller.
            var stillRunning = await db.Instances.AsNoTracking().AnyAsync(i => i.Id == instance.Id && i.Status == InstanceStatus.Running, cancellationToken);
            if (!stillRunning)
                continue;
            await sender.Send(new CancelInstance(instance.Id, CancelReason, actor), cancellationToken);
            cancelled.Add($"{instance.DefinitionKey}:{instance.Id}");
        }
        return cancelled;
    }
}
