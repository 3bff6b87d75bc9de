using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Construction;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Construction.Commands.ReportSpending;

/// <summary>
/// Art. 19: during construction (contract signed, not yet accepted) the department reports, quarter by quarter, what it
/// has spent in all against the approved budget: a quarter that has begun, once, never less than the quarter before nor
/// beyond the approved budget. Returns the report's id.
/// </summary>
public sealed record ReportSpending(Guid ProjectId, int Year, int Quarter, decimal SpentToDate, string? Note, string? Actor = null) : ICommand<Guid>;

public sealed class ReportSpendingHandler(WorkflowsDbContext db, ProjectDeadlines deadlines) : ICommandHandler<ReportSpending, Guid>
{
    private static readonly ProjectStage[] Construction = [ProjectStage.Contracted, ProjectStage.UnderConstruction];

    public async ValueTask<Guid> Handle(ReportSpending command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        var today = deadlines.Today;
        if (command.Quarter is < 1 or > 4 || command.Year < 2022 || (command.Year, command.Quarter).CompareTo((today.Year, (today.Month + 2) / 3)) > 0)
            throw new InvalidRequestException([new Problem("quarter", "只能报告已开始的季度 (report a quarter that has begun)")]);
        if (command.SpentToDate < 0)
            throw new InvalidRequestException([new Problem("spentToDate", "累计支出不能为负数 (the amount spent cannot be negative)")]);
        if (!Construction.Contains(project.Stage))
            throw new InvalidRequestException([Problem.From("项目不在建设期，无需报告建设资金支出（第十九条） (art. 19: spending is reported during construction)")]);
        var reports = db.Set<SpendingReport>();
        if (await reports.AnyAsync(r => r.ProjectId == project.Id && r.Year == command.Year && r.Quarter == command.Quarter, cancellationToken))
            throw new ConflictException(new Problem("quarter", $"{command.Year} 年第 {command.Quarter} 季度的支出已报告 (that quarter is reported already)"));
        var approved = project.ApprovedBudget ?? 0;
        if (command.SpentToDate > approved)
            throw new InvalidRequestException([Problem.From(
                $"累计支出 {command.SpentToDate:0.##} 元超过批复预算 {approved:0.##} 元，须先申请调整（第十九条） (art. 19: spending beyond the approved budget)")]);
        var earlier = await reports.Where(r => r.ProjectId == project.Id && (r.Year < command.Year || (r.Year == command.Year && r.Quarter < command.Quarter)))
            .Select(r => (decimal?)r.SpentToDate).ToListAsync(cancellationToken);
        if (earlier.Count > 0 && command.SpentToDate < earlier.Max())
            throw new InvalidRequestException([new Problem("spentToDate", "累计支出不能少于此前季度报告的数额 (the amount spent in all cannot shrink)")]);

        var now = deadlines.Now;
        var report = new SpendingReport
        {
            Id = Guid.CreateVersion7(now), ProjectId = project.Id, Year = command.Year, Quarter = command.Quarter, SpentToDate = command.SpentToDate,
            ApprovedBudget = approved, Note = command.Note?.Trim() ?? "", ReportedAt = now, ReportedBy = command.Actor ?? "",
        };
        reports.Add(report);
        project.Record(now, command.Actor, "spending-reported",
            $"报告 {command.Year} 年第 {command.Quarter} 季度累计支出 {command.SpentToDate:0.##} 元，占批复预算 {(approved == 0 ? 0 : command.SpentToDate * 100 / approved):0}%（第十九条）",
            newValues: new { command.Year, command.Quarter, command.SpentToDate, approved });
        return report.Id;
    }
}
