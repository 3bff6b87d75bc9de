using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Supervision;
using Workflows.Projects.Common;

namespace Workflows.Projects.Supervision.Commands.RequestDedicatedNetwork;

/// <summary>
/// Asks the bureau's consent for a new dedicated business network (art. 11). The request of the process's previous round,
/// if the bureau returned it, is compared field by field with this one for the bureau's next review.
/// </summary>
public sealed record RequestDedicatedNetwork(Guid ProjectId, string LegalBasis, string Justification, string? Actor = null, Guid? PreviousRequestId = null)
    : ICommand<RequestedDedicatedNetwork>;

/// <summary>The registered request, and what it changed since the returned one (null in a first round).</summary>
public sealed record RequestedDedicatedNetwork(Guid Id, IReadOnlyList<FieldChange>? Changes);

public sealed class RequestDedicatedNetworkHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<RequestDedicatedNetwork, RequestedDedicatedNetwork>
{
    public async ValueTask<RequestedDedicatedNetwork> Handle(RequestDedicatedNetwork command, CancellationToken cancellationToken)
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
        var returned = command.PreviousRequestId is { } previousId ? await db.Set<DedicatedNetworkRequest>().FindAsync([previousId], cancellationToken) : null;
        return new RequestedDedicatedNetwork(request.Id, returned?.Status == RequestStatus.Returned ? Snapshot(returned).Compare(Snapshot(request)) : null);
    }

    private static FieldSnapshot Snapshot(DedicatedNetworkRequest request) => new FieldSnapshot()
        .Add("legalBasis", "国家规定依据", "Legal basis in national rules", request.LegalBasis)
        .Add("justification", "建设必要性", "Why it must be built", request.Justification);
}
