using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Departments;

namespace Workflows.Projects.Catalogue.Queries.ListUnmigratedSystems;

/// <summary>
/// Art. 35: the confirmed, non-classified county systems in service that do not yet run on the municipal government cloud,
/// overdue first, then by target date (none set last); a department sees its own.
/// </summary>
public sealed record ListUnmigratedSystems(string? DepartmentCode = null) : IQuery<IReadOnlyList<UnmigratedSystem>>;

public sealed class ListUnmigratedSystemsHandler(WorkflowsDbContext db, ProjectDeadlines clock)
    : IQueryHandler<ListUnmigratedSystems, IReadOnlyList<UnmigratedSystem>>
{
    public async ValueTask<IReadOnlyList<UnmigratedSystem>> Handle(ListUnmigratedSystems query, CancellationToken cancellationToken)
    {
        var systems = await db.Set<InformationSystem>().AsNoTracking()
            .Where(s => s.EntryStatus == CatalogueEntryStatus.Confirmed && s.Status != SystemStatus.Retired && !s.IsClassified && !s.IsUpperLevel
                && s.MigratedOn == null && (query.DepartmentCode == null || s.DepartmentCode == query.DepartmentCode))
            .Join(db.Set<Department>(), s => s.DepartmentCode, d => d.Code, (s, d) => new { s.Id, s.Name, s.DepartmentCode, DepartmentName = d.Name, s.MigrationDueOn })
            .ToListAsync(cancellationToken);
        var today = clock.Today;
        return [.. systems
            .Select(s => new UnmigratedSystem(s.Id, s.Name, s.DepartmentCode, s.DepartmentName, s.MigrationDueOn, s.MigrationDueOn < today))
            .OrderByDescending(s => s.Overdue).ThenBy(s => s.MigrationDueOn ?? DateOnly.MaxValue).ThenBy(s => s.Name, StringComparer.Ordinal)];
    }
}
