using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Construction;
using Workflows.Projects.Domain.Evaluation;
using Workflows.Projects.Domain.Funding;
using Workflows.Projects.Projects.Commands.StartProjectProcess;
using Workflows.Runtime.Calendar;

namespace Workflows.Projects.Evaluation.Commands.OpenAnnualSelfEvaluations;

/// <summary>
/// Art. 26: once a budget year is over (county time), opens its self-evaluation (<c>performance-evaluation</c>) for every
/// project that had money disbursed in it, construction years included; not for a terminated project, nor for a year the
/// project has already evaluated or had opened. The self-evaluation task is due <see cref="ProjectDeadlines.SelfEvaluationWorkingDays"/>
/// working days after the opening (<c>selfEvaluationDueAt</c>). Returns how many were opened now.
/// </summary>
public sealed record OpenAnnualSelfEvaluations : ICommand<int>;

public sealed class OpenAnnualSelfEvaluationsHandler(WorkflowsDbContext db, ProjectDeadlines deadlines, DeadlineVariables tracked, ISender sender)
    : ICommandHandler<OpenAnnualSelfEvaluations, int>
{
    /// <summary>Who the history names for the openings.</summary>
    public const string Actor = "年度绩效自评检查 (yearly self-evaluation check)";

    /// <summary>The process variable the self-evaluation task's due date reads.</summary>
    public const string DueVariable = "selfEvaluationDueAt";

    public async ValueTask<int> Handle(OpenAnnualSelfEvaluations command, CancellationToken cancellationToken)
    {
        var year = deadlines.Today.Year - 1;
        var from = deadlines.StartOfYear(year);
        var until = deadlines.StartOfYear(year + 1);
        var openings = db.Set<SelfEvaluationOpening>();
        var evaluations = db.Set<SelfEvaluation>();
        var spent = await db.Set<ProjectPayment>()
            .Where(p => p.Status == PaymentStatus.Disbursed && p.DisbursedAt >= from && p.DisbursedAt < until
                && !openings.Any(o => o.ProjectId == p.ProjectId && o.BudgetYear == year)
                && !evaluations.Any(e => e.ProjectId == p.ProjectId && e.BudgetYear == year))
            .Select(p => new { p.ProjectId, p.Amount })
            .ToListAsync(cancellationToken);
        // Summed here: SQLite cannot sum decimals.
        var disbursedBy = spent.GroupBy(p => p.ProjectId).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));
        var projectIds = disbursedBy.Keys.ToList();
        var projects = await db.Set<Project>().Where(p => projectIds.Contains(p.Id) && p.Stage != ProjectStage.Terminated)
            .OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var now = deadlines.Now;
        var due = deadlines.Count(now, ProjectDeadlines.SelfEvaluationWorkingDays);
        foreach (var project in projects)
        {
            var disbursed = disbursedBy[project.Id];
            var started = await sender.Send(new StartProjectProcess(ProjectProcesses.PerformanceEvaluation, null, project.Id,
                new Dictionary<string, JsonElement>
                {
                    ["budgetYear"] = JsonSerializer.SerializeToElement(year),
                    [DueVariable] = JsonSerializer.SerializeToElement(due.DueAt),
                }, Actor), cancellationToken);
            await tracked.TrackAsync(started.InstanceId, DueVariable, due, cancellationToken);
            openings.Add(new SelfEvaluationOpening
            {
                Id = Guid.CreateVersion7(now), ProjectId = project.Id, BudgetYear = year, Disbursed = disbursed,
                InstanceId = started.InstanceId, OpenedAt = now,
            });
            project.Record(now, Actor, "self-evaluation-opened",
                $"{year} 年度拨付资金 {disbursed:0.##} 元，请对该预算年度进行绩效自评（第二十六条）", newValues: new { budgetYear = year, disbursed });
        }

        return projects.Count;
    }
}
