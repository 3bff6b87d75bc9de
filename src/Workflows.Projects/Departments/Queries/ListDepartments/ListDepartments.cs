using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Departments;

namespace Workflows.Projects.Departments.Queries.ListDepartments;

public sealed record ListDepartments : IQuery<IReadOnlyList<Department>>;

public sealed class ListDepartmentsHandler(WorkflowsDbContext db) : IQueryHandler<ListDepartments, IReadOnlyList<Department>>
{
    public async ValueTask<IReadOnlyList<Department>> Handle(ListDepartments query, CancellationToken cancellationToken) =>
        await db.Set<Department>().AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
}
