using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Projects;
using Workflows.Persistence.Projects.Reviews;
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
        var majorReviewed = await db.Set<ProjectReview>().AnyAsync(r => r.ProjectId == project.Id && r.Stage == ReviewStage.MajorBudgetReview, cancellationToken);
        RuleViolation.ThrowIf(project.IsMajor && !majorReviewed,
            "重大项目须先经省、市财政联合预算评审（第十四条） (art. 14: a major project needs the provincial and municipal budget review first)");

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
        project.Record(now, command.Actor, "budget-decided", $"预算审批：{ReviewNames.Of(decision)}", old, new { project.ApprovedBudget });
        return Unit.Value;
    }
}
