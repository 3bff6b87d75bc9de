using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;

namespace Workflows.Projects.Projects.Queries.FindProjectKeys;

/// <summary>
/// The projects a process business key can name, by id or code: those whose name or code contains
/// <see cref="Search"/>, or those among <see cref="Keys"/>. At most <see cref="Max"/>; the inbox uses them to
/// search tasks by project name and to show each task's project.
/// </summary>
public sealed record FindProjectKeys(string? Search = null, IReadOnlyList<string>? Keys = null, int Max = 100) : IQuery<IReadOnlyList<ProjectKey>>;

public sealed class FindProjectKeysHandler(WorkflowsDbContext db) : IQueryHandler<FindProjectKeys, IReadOnlyList<ProjectKey>>
{
    public async ValueTask<IReadOnlyList<ProjectKey>> Handle(FindProjectKeys query, CancellationToken cancellationToken)
    {
        var projects = db.Set<Project>().AsNoTracking();
        if (query.Search is { } search)
        {
            projects = projects.Where(p => p.Name.Contains(search) || p.Code.Contains(search));
        }
        else if (query.Keys is { Count: > 0 } keys)
        {
            var ids = keys.Select(key => Guid.TryParse(key, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
            projects = projects.Where(p => ids.Contains(p.Id) || keys.Contains(p.Code));
        }
        else
        {
            return [];
        }

        return await projects.OrderBy(p => p.Code).Take(Math.Clamp(query.Max, 1, 500))
            .Select(p => new ProjectKey(p.Id, p.Code, p.Name)).ToListAsync(cancellationToken);
    }
}
