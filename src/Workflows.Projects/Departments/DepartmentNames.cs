using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Departments;

namespace Workflows.Projects.Departments;

/// <summary>
/// Departments as people read them in the history and on tasks: by name (教育局), not by code (<c>education</c>). A code that
/// names no department stays as it is.
/// </summary>
internal static class DepartmentNames
{
    public static async Task<string> OfAsync(WorkflowsDbContext db, string code, CancellationToken cancellationToken) =>
        await db.Set<Department>().AsNoTracking().Where(d => d.Code == code).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken) ?? code;

    /// <summary>The names of <paramref name="codes"/> in their order, joined with 、.</summary>
    public static async Task<string> JoinAsync(WorkflowsDbContext db, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var names = await db.Set<Department>().AsNoTracking().Where(d => codes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, d => d.Name, cancellationToken);
        return string.Join("、", codes.Select(code => names.GetValueOrDefault(code, code)));
    }
}
