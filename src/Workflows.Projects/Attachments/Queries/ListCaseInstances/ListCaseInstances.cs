using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Attachments.Common;

namespace Workflows.Projects.Attachments.Queries.ListCaseInstances;

/// <summary>The process instances of the case an instance belongs to (<see cref="CaseInstances"/>), itself included.</summary>
public sealed record ListCaseInstances(Guid InstanceId) : IQuery<IReadOnlyList<Guid>>;

public sealed class ListCaseInstancesHandler(WorkflowsDbContext db) : IQueryHandler<ListCaseInstances, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListCaseInstances query, CancellationToken cancellationToken) =>
        await CaseInstances.OfAsync(db, query.InstanceId, cancellationToken);
}
