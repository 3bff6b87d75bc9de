using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Departments;
using Workflows.Projects.Domain.Planning;

namespace Workflows.Projects.Planning.Queries.GetAnnualPlan;

/// <summary>
/// The annual plan of a year (art. 7): every entry with the project carrying it out, and where each department's submission
/// stands. <paramref name="Department"/> restricts both to one department (a clerk sees only its own).
/// </summary>
public sealed record GetAnnualPlan(int Year, string? Department) : IQuery<AnnualPlan>;

public sealed class GetAnnualPlanHandler(WorkflowsDbContext db) : IQueryHandler<GetAnnualPlan, AnnualPlan>
{
    public async ValueTask<AnnualPlan> Handle(GetAnnualPlan query, CancellationToken cancellationToken)
    {
        var departments = await db.Set<Department>().AsNoTracking()
            .Where(d => query.Department == null || d.Code == query.Department).OrderBy(d => d.Code).ToListAsync(cancellationToken);
        var entries = await db.Set<PlanEntry>().AsNoTracking()
            .Where(e => e.Year == query.Year && (query.Department == null || e.DepartmentCode == query.Department))
            .OrderBy(e => e.DepartmentCode).ThenBy(e => e.CreatedAt).ToListAsync(cancellationToken);
        var entryIds = entries.Select(e => e.Id).ToList();
        var projects = await db.Set<Project>().AsNoTracking().Where(p => p.PlanEntryId != null && entryIds.Contains(p.PlanEntryId.Value))
            .Select(p => new { EntryId = p.PlanEntryId!.Value, p.Id, p.Code }).ToListAsync(cancellationToken);
        var names = departments.ToDictionary(d => d.Code, d => d.Name);

        var items = entries.Select(e =>
        {
            var project = projects.FirstOrDefault(p => p.EntryId == e.Id);
            return new PlanEntryItem(e.Id, e.Year, e.DepartmentCode, names.GetValueOrDefault(e.DepartmentCode, e.DepartmentCode), e.Name, e.Description,
                e.EstimatedBudget, e.Status, e.ReturnReason, e.SubmittedAt, e.PublishedAt, project?.Id, project?.Code);
        }).ToList();
        var rows = departments.Select(d =>
        {
            var own = entries.Where(e => e.DepartmentCode == d.Code).ToList();
            return new DepartmentPlanRow(d.Code, d.Name, d.Kind, SubmissionOf(own), own.Count, own.Sum(e => e.EstimatedBudget));
        }).ToList();
        return new AnnualPlan(query.Year, items, rows, items.Where(e => e.Status == PlanEntryStatus.Published).Sum(e => e.EstimatedBudget));
    }

    /// <summary>The furthest-behind state of the department's entries: what it still has to do.</summary>
    private static PlanSubmission SubmissionOf(IReadOnlyCollection<PlanEntry> entries) =>
        entries.Count == 0 ? PlanSubmission.None
        : entries.Any(e => e.Status == PlanEntryStatus.Returned) ? PlanSubmission.Returned
        : entries.Any(e => e.Status == PlanEntryStatus.Draft) ? PlanSubmission.Draft
        : entries.Any(e => e.Status == PlanEntryStatus.Submitted) ? PlanSubmission.Submitted
        : PlanSubmission.Published;
}
