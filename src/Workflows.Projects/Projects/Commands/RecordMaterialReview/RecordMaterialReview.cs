using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Reviews;
using Workflows.Projects.Common;
using Workflows.Projects.Rules;

namespace Workflows.Projects.Projects.Commands.RecordMaterialReview;

/// <summary>
/// The approval bureau's check of the application materials (arts. 5, 8), which also confirms or corrects what the
/// applicant declared: whether the project is in the annual plan (art. 11) and whether it is major (art. 14).
/// A correction is written to the project history, old and new; the process routes on the confirmed values returned:
/// a project corrected to outside the plan goes through the pre-review and county approval of art. 11.
/// A null flag is left as declared (materials sent back before a judgement). Only the published plan puts a project in it:
/// confirming a project the plan does not list as in the plan is refused (art. 11).
/// </summary>
public sealed record RecordMaterialReview(Guid ProjectId, ReviewDecision Decision, bool? InAnnualPlan, bool? IsMajor, string Opinion, string? Actor = null)
    : ICommand<ConfirmedClassification>;

public sealed class RecordMaterialReviewHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<RecordMaterialReview, ConfirmedClassification>
{
    public async ValueTask<ConfirmedClassification> Handle(RecordMaterialReview command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        if (command.InAnnualPlan == true && !project.InAnnualPlan)
        {
            var plan = await AnnualPlanRule.FindAsync(db, project, cancellationToken);
            RuleViolation.RefuseIf(!plan.InAnnualPlan, "annualPlanStatus", $"年度计划未列入本项目，不能确认为计划内 (art. 11: the published plan does not list the project)：{plan.Reason}");
        }

        var now = time.GetUtcNow();
        db.Add(new ProjectReview
        {
            Id = Guid.CreateVersion7(now), ProjectId = project.Id, Stage = ReviewStage.MaterialReview, Decision = command.Decision,
            Opinion = command.Opinion.Trim(), Reviewer = command.Actor ?? "", ReviewedAt = now,
        });
        project.Record(now, command.Actor, "reviewed", $"{ReviewNames.Of(ReviewStage.MaterialReview)}：{ReviewNames.Of(command.Decision)}",
            newValues: new { Stage = ReviewStage.MaterialReview, command.Decision, command.Opinion });
        var inAnnualPlan = command.InAnnualPlan ?? project.InAnnualPlan;
        var isMajor = command.IsMajor ?? project.IsMajor;
        if (project.InAnnualPlan != inAnnualPlan || project.IsMajor != isMajor)
        {
            var old = new { project.InAnnualPlan, project.IsMajor };
            project.InAnnualPlan = inAnnualPlan;
            project.IsMajor = isMajor;
            project.Record(now, command.Actor, "classification-corrected",
                $"材料审查更正：{Plan(old.InAnnualPlan)}→{Plan(inAnnualPlan)}，{Scale(old.IsMajor)}→{Scale(isMajor)}（第十一、十四条）",
                old, new { project.InAnnualPlan, project.IsMajor });
        }
        var countyApproved = await db.Set<ProjectReview>().AnyAsync(
            r => r.ProjectId == project.Id && r.Stage == ReviewStage.CountyApproval && r.Decision == ReviewDecision.Approve, cancellationToken);
        return new ConfirmedClassification(project.InAnnualPlan, project.IsMajor, !project.InAnnualPlan && !countyApproved);
    }

    private static string Plan(bool inAnnualPlan) => inAnnualPlan ? "计划内" : "计划外";

    private static string Scale(bool major) => major ? "重大项目" : "一般项目";
}
