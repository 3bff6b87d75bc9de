using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Catalogue.Queries.GetSystemOwner;

/// <summary>The catalogued system with the department that runs it, for the host's access checks (404 when not catalogued).</summary>
public sealed record GetSystemOwner(Guid SystemId) : IQuery<SystemOwner>;

public sealed class GetSystemOwnerHandler(WorkflowsDbContext db) : IQueryHandler<GetSystemOwner, SystemOwner>
{
    public async ValueTask<SystemOwner> Handle(GetSystemOwner query, CancellationToken cancellationToken) =>
        await db.Set<InformationSystem>().AsNoTracking().Where(s => s.Id == query.SystemId)
            .Select(s => new SystemOwner(s.Id, s.Name, s.DepartmentCode, s.Status))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw NotFoundException.For("信息系统 (system)", query.SystemId);
}
