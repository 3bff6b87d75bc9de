using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Reviews;
using Workflows.Projects.Domain.Supervision;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Supervision.Commands.DecideDedicatedNetwork;

/// <summary>
/// The bureau consents to or refuses the dedicated network, or returns the request for a better legal basis; the answer
/// is recorded on the project (art. 11).
/// </summary>
public sealed record DecideDedicatedNetwork(Guid ProjectId, ReviewDecision Decision, string Opinion, string? Actor = null) : ICommand;

public sealed class DecideDedicatedNetworkHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<DecideDedicatedNetwork>
{
    public async ValueTask<Unit> Handle(DecideDedicatedNetwork command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        var request = await db.Set<DedicatedNetworkRequest>()
            .Where(r => r.ProjectId == project.Id && r.Status == RequestStatus.Pending).OrderByDescending(r => r.RequestedAt)
            .FirstOrDefaultAsync(cancellationToken) ?? throw new ConflictException("没有待审查的专网申请 (no pending dedicated-network request)");
        var now = time.GetUtcNow();
        request.Opinion = command.Opinion.Trim();
        request.DecidedAt = now;
        request.DecidedBy = command.Actor;
        if (command.Decision == ReviewDecision.Return)
        {
            request.Status = RequestStatus.Returned;
            project.Record(now, command.Actor, "dedicated-network-returned", "退回专网申请，要求补充法律依据（第十一条）", newValues: new { command.Opinion });
            return Unit.Value;
        }

        var consent = command.Decision == ReviewDecision.Approve;
        request.Status = consent ? RequestStatus.Approved : RequestStatus.Refused;
        var old = new { project.DedicatedNetwork };
        project.DedicatedNetwork = consent ? DedicatedNetworkStatus.Consented : DedicatedNetworkStatus.Refused;
        project.Record(now, command.Actor, "dedicated-network-decided", consent ? "同意新建业务专网（第十一条）" : "不同意新建业务专网（第十一条）",
            old, new { project.DedicatedNetwork, command.Opinion });
        return Unit.Value;
    }
}
