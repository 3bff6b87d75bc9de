using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Planning;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Planning;

/// <summary>Loading and guarding the entries of a department's annual plan (art. 7).</summary>
internal static class PlanEntries
{
    /// <summary>The process that takes a department's plan of a year through the bureau and the county government.</summary>
    public const string Process = AnnualPlanProcess.Key;

    public static string BusinessKey(int year, string department) => $"annual-plan-{year}-{department}";

    /// <summary>Art. 7: a submission names at least one project.</summary>
    public static string NothingToSubmit(int year) =>
        $"{year}年度计划没有可报送的项目条目（第七条） (art. 7: the annual plan has no entry to submit)";

    /// <summary>A department's own entry that it may still change: a draft or one sent back (404 for another department's).</summary>
    public static async Task<PlanEntry> EditableAsync(WorkflowsDbContext db, int year, Guid id, string? department, CancellationToken cancellationToken)
    {
        var entry = await db.Set<PlanEntry>().SingleOrDefaultAsync(e => e.Id == id && e.Year == year, cancellationToken);
        if (entry is null || entry.DepartmentCode != department)
            throw NotFoundException.For("年度计划条目 (plan entry)", id);
        if (entry.Status is not (PlanEntryStatus.Draft or PlanEntryStatus.Returned))
            throw new ConflictException("已报送或已发布的年度计划条目不能修改 (art. 7: a submitted or published plan entry cannot change)");
        return entry;
    }

    /// <summary>No change while the department's plan of the year is with the bureau or the county government (409).</summary>
    public static async Task EnsureNotUnderReviewAsync(WorkflowsDbContext db, int year, string department, CancellationToken cancellationToken)
    {
        if (await db.Set<PlanEntry>().AnyAsync(e => e.Year == year && e.DepartmentCode == department && e.Status == PlanEntryStatus.Submitted, cancellationToken))
            throw new ConflictException($"{year}年度计划正在审核中，不能修改 (art. 7: the plan is under review)");
    }

    /// <summary>The checks of an entry's fields, keyed by field.</summary>
    public static IEnumerable<Problem> Validate(int year, string name, string? description, decimal estimatedBudget, int currentYear)
    {
        if (year < currentYear || year > currentYear + 5)
            yield return new Problem("year", $"计划年度须为{currentYear}至{currentYear + 5}年 (the plan year must be this year or one of the next five)");
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
            yield return new Problem("name", "项目名称必填，且不超过200字 (name is required, at most 200 characters)");
        if (description?.Length > 2000)
            yield return new Problem("description", "建设内容不超过2000字 (description: at most 2000 characters)");
        if (estimatedBudget <= 0 || estimatedBudget > 100_000_000_000m)
            yield return new Problem("estimatedBudget", "估算投资须大于0 (the estimated budget must be positive)");
    }
}
