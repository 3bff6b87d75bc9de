using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Departments;
using Workflows.Projects.Domain.Parts;

namespace Workflows.Projects.Projects.Queries.ListProjects;

/// <summary>
/// The projects that match a list's filters: <see cref="Others"/> holds every condition but <see cref="Department"/>'s (leads or
/// co-builds, arts. 6 and 8). <see cref="Matching"/> adds it as one condition, which the database tests while it walks the sort
/// index and stops after the page; <see cref="CountAsync"/> counts the two sides apart, the led projects from the
/// (lead department, code) index and the co-built ones from the co-builders' department index, so neither tests every project;
/// when <see cref="Counted"/> says the filters are the department and the stage alone, it reads the counter rows the
/// database keeps (<see cref="DepartmentProjectCount"/>) instead.
/// </summary>
internal sealed record ProjectSelection(WorkflowsDbContext Db, IQueryable<Project> Others, string? Department, ProjectSelection.Counter? Counted = null)
{
    /// <summary>The filters are the department and, when not null, <paramref name="Stage"/>: nothing the counters do not split by.</summary>
    public sealed record Counter(ProjectStage? Stage);

    public IQueryable<Project> Matching => Department is { } department ? LedOrCoBuiltBy(Others, department) : Others;

    /// <summary>The projects the department leads, counted from the (lead department, code) index, plus those it only co-builds.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        if (Counted is { } counter)
            return await CountedAsync(counter, cancellationToken);
        if (Department is not { } department)
            return await Others.CountAsync(cancellationToken);
        var coBuilt = CoBuiltBy(Db, department);
        var led = await Others.CountAsync(p => p.LeadDepartmentCode == department, cancellationToken);
        var onlyCoBuilt = await Others.CountAsync(p => p.LeadDepartmentCode != department && coBuilt.Contains(p.Id), cancellationToken);
        return led + onlyCoBuilt;
    }

    /// <summary>The sum of the counter rows: a project counts once as led by its lead, and once for each department that only
    /// co-builds it, so a department's led and co-built rows add up to the projects it sees.</summary>
    private async Task<int> CountedAsync(Counter counter, CancellationToken cancellationToken)
    {
        var counts = Db.Set<DepartmentProjectCount>().AsNoTracking();
        if (counter.Stage is { } stage)
            counts = counts.Where(c => c.Stage == stage);
        if (Department is not { } department)
            return await counts.SumAsync(c => c.Led, cancellationToken);
        return await counts.Where(c => c.DepartmentCode == department).SumAsync(c => c.Led + c.CoBuilt, cancellationToken);
    }

    /// <summary>The projects of <paramref name="projects"/> that <paramref name="department"/> leads or co-builds.</summary>
    public static IQueryable<Project> LedOrCoBuiltBy(IQueryable<Project> projects, string department) =>
        projects.Where(p => p.LeadDepartmentCode == department || p.CoBuilders.Any(c => c.DepartmentCode == department));

    private static IQueryable<Guid> CoBuiltBy(WorkflowsDbContext db, string department) =>
        db.Set<ProjectCoBuilder>().Where(c => c.DepartmentCode == department).Select(c => c.ProjectId);
}
