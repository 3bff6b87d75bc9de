using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Projects.Catalogue.Queries.ListCatalogue;

/// <summary>The catalogue of government information systems, for one department or all (art. 10).</summary>
public sealed record ListCatalogue(string? DepartmentCode = null) : IQuery<IReadOnlyList<InformationSystem>>;

public sealed class ListCatalogueHandler(WorkflowsDbContext db) : IQueryHandler<ListCatalogue, IReadOnlyList<InformationSystem>>
{
    public async ValueTask<IReadOnlyList<InformationSystem>> Handle(ListCatalogue query, CancellationToken cancellationToken) =>
        await db.Set<InformationSystem>().AsNoTracking()
            .Where(s => query.DepartmentCode == null || s.DepartmentCode == query.DepartmentCode)
            .OrderBy(s => s.DepartmentCode).ThenBy(s => s.Name).ToListAsync(cancellationToken);
}
