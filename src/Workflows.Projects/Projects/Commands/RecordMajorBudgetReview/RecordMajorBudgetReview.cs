using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Reviews;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordMajorBudgetReview;

/// <summary>
/// Art. 14: the provincial and municipal budget review of a major project, as the reviewers decided it: approve the
/// applied total, reduce it to the reviewed amount, or reject the project. The reviewed amount caps finance's approval (art. 13).
/// </summary>
public sealed record RecordMajorBudgetReview(Guid ProjectId, ReviewDecision Decision, decimal? ReviewedBudget, string Opinion, string? Actor = null)
    : ICommand<decimal?>;

public sealed class RecordMajorBudgetReviewHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<RecordMajorBudgetReview, decimal?>
{
    public async ValueTask<decimal?> Handle(RecordMajorBudgetReview command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        if (project.Stage != ProjectStage.Approved || !project.IsMajor)
            throw new ConflictException("只有已立项的重大项目需要省、市联合预算评审（第十四条） (art. 14: only an approved major project is reviewed)");
        var reviewed = command.Decision switch
        {
            ReviewDecision.Approve => Approved(project, command.ReviewedBudget),
            ReviewDecision.Reduce => Reduced(project, command.ReviewedBudget),
            _ => (decimal?)null,
        };

        var now = time.GetUtcNow();
        db.Add(new ProjectReview
        {
            Id = Guid.CreateVersion7(now), ProjectId = project.Id, Stage = ReviewStage.MajorBudgetReview, Decision = command.Decision,
            Amount = reviewed, Opinion = command.Opinion.Trim(), Reviewer = command.Actor ?? "", ReviewedAt = now,
        });
        if (command.Decision == ReviewDecision.Reject)
            project.MoveTo(ProjectStage.Rejected);
        var summary = reviewed is { } amount
            ? $"重大项目预算评审：{ReviewNames.Of(command.Decision)}，核定预算 {amount:0.##} 元（第十四条）"
            : $"重大项目预算评审：{ReviewNames.Of(command.Decision)}（第十四条）";
        // "reviewed" with its stage, as every review: a 退回修改 is found by it (ReturnForRevision).
        project.Record(now, command.Actor, "reviewed", summary,
            new { project.TotalBudget }, new { Stage = ReviewStage.MajorBudgetReview, command.Decision, ReviewedBudget = reviewed, command.Opinion });
        return reviewed;
    }

    /// <summary>Approving settles on the applied total: a smaller amount is a reduction, a larger one is not the review's to grant.</summary>
    private static decimal Approved(Project project, decimal? entered)
    {
        RuleViolation.RefuseIf(entered is { } amount && amount != project.TotalBudget, "reviewedBudget",
            $"评审通过即按申报总预算 {project.TotalBudget:0.##} 元核定；核减请选择“核减”（第十四条） (art. 14: approval keeps the applied total; choose reduce for less)");
        return project.TotalBudget;
    }

    private static decimal Reduced(Project project, decimal? entered)
    {
        RuleViolation.RefuseIf(entered is null, "reviewedBudget", "核减须填写评审核定预算（第十四条） (art. 14: a reduction needs the reviewed amount)");
        RuleViolation.RefuseIf(entered is not > 0 || entered >= project.TotalBudget, "reviewedBudget",
            $"核定预算须大于0且小于申报总预算 {project.TotalBudget:0.##} 元（第十四条） (art. 14: the reduced amount lies between 0 and the applied total)");
        return entered!.Value;
    }
}
