using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Supervision;
using Workflows.Projects.Common;

namespace Workflows.Projects.Supervision.Commands.RequestDedicatedNetwork;

/// <summary>Asks the bureau's consent for a new dedicated business network (art. 11).</summary>
public sealed record RequestDedicatedNetwork(Guid ProjectId, string LegalBasis, string Justification, string? Actor = null) : ICommand<Guid>;

public sealed class RequestDedicatedNetworkHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<RequestDedicatedNetwork, Guid>
{
    public async ValueTask<Guid> Handle(RequestDedicatedNetwork command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        var now = time.GetUtcNow();
        var request = new DedicatedNetworkRequest
        {
            Id = Guid.CreateVersion7(now), ProjectId = project.Id, LegalBasis = command.LegalBasis.Trim(),
            Justification = command.Justification.Trim(), RequestedAt = now, RequestedBy = command.Actor ?? "", Status = RequestStatus.Pending,
        };
        db.Add(request);
        project.DedicatedNetwork = DedicatedNetworkStatus.Requested;
        project.Record(now, command.Actor, "dedicated-network-requested", "申请新建业务专网（第十一条）", newValues: new { request.LegalBasis });
        return request.Id;
    }
}
