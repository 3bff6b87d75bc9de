using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Reviews;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.ApproveBudget;

/// <summary>Finance approves (or refuses) the budget of an approved project (art. 13).</summary>
public sealed record ApproveBudget(Guid ProjectId, bool Approved, decimal? ApprovedBudget, string Opinion, string? Actor = null) : ICommand;

public sealed class ApproveBudgetHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<ApproveBudget>
{
    public async ValueTask<Unit> Handle(ApproveBudget command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        if (project.Stage != ProjectStage.Approved)
            throw new ConflictException("项目尚未立项，不能批复预算（第十三条） (art. 13: only an approved project gets a budget)");
        // Art. 14: a major project's budget is reviewed with provincial and municipal finance before approval.
        var majorReview = await db.Set<ProjectReview>().AsNoTracking()
            .Where(r => r.ProjectId == project.Id && r.Stage == ReviewStage.MajorBudgetReview && r.Amount != null)
            .OrderByDescending(r => r.ReviewedAt).FirstOrDefaultAsync(cancellationToken);
        RuleViolation.ThrowIf(project.IsMajor && majorReview is null,
            "重大项目须先经省、市财政联合预算评审（第十四条） (art. 14: a major project needs the provincial and municipal budget review first)");
        // Art. 13: finance approves within what was applied for and, for a major project, what the art. 14 review settled on.
        var ceiling = project.IsMajor ? majorReview!.Amount!.Value : project.TotalBudget;
        RuleViolation.RefuseIf(command.Approved && command.ApprovedBudget > ceiling, "approvedBudget", project.IsMajor
            ? $"批复预算不得超过省、市联合评审核定的 {ceiling:0.##} 元（第十三、十四条） (arts. 13, 14: at most the reviewed budget)"
            : $"批复预算不得超过申报总预算 {ceiling:0.##} 元（第十三条） (art. 13: at most the applied total budget)");

        var now = time.GetUtcNow();
        var decision = command.Approved ? ReviewDecision.Approve : ReviewDecision.Reject;
        db.Add(new ProjectReview
        {
            Id = Guid.CreateVersion7(now), ProjectId = project.Id, Stage = ReviewStage.BudgetApproval, Decision = decision,
            Opinion = command.Opinion.Trim(), Reviewer = command.Actor ?? "", ReviewedAt = now,
        });
        var old = new { project.ApprovedBudget };
        project.ApprovedBudget = command.Approved ? command.ApprovedBudget : null;
        project.MoveTo(command.Approved ? ProjectStage.Budgeted : ProjectStage.Rejected);
        // A refusal of a project that had no approved budget changes no amount: the history says why instead of "— → —".
        if (old.ApprovedBudget == project.ApprovedBudget)
            project.Record(now, command.Actor, "budget-decided", $"预算审批：{ReviewNames.Of(decision)}", newValues: new { Opinion = command.Opinion.Trim() });
        else
            project.Record(now, command.Actor, "budget-decided", $"预算审批：{ReviewNames.Of(decision)}", old, new { project.ApprovedBudget });
        return Unit.Value;
    }
}
