using Mediator;
using Workflows.Persistence;
using Workflows.Persistence.Projects;
using Workflows.Persistence.Projects.Supervision;
using Workflows.Projects.Common;

namespace Workflows.Projects.Supervision.Commands.TerminateProject;

/// <summary>Still non-compliant after the second limit: the project is terminated (art. 28).</summary>
public sealed record TerminateProject(Guid OrderId, string? Actor = null) : ICommand;

public sealed class TerminateProjectHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<TerminateProject>
{
    public async ValueTask<Unit> Handle(TerminateProject command, CancellationToken cancellationToken)
    {
        var (order, project) = await db.LoadOpenOrderAsync(command.OrderId, cancellationToken);
        var now = time.GetUtcNow();
        var old = new { project.Stage, project.FundingStatus };
        order.Status = RectificationStatus.ProjectTerminated;
        order.ClosedAt = now;
        project.Stage = ProjectStage.Terminated;
        project.FundingStatus = FundingStatus.Terminated;
        project.FundingHoldReason = "整改不到位，终止项目（第二十八条）";
        project.Record(now, command.Actor, "project-terminated", "终止项目（第二十八条）", old, new { project.Stage, project.FundingStatus });
        return Unit.Value;
    }
}
