using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Common;
using Workflows.Projects.Rules;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.SubmitApplication;

/// <summary>
/// Submits the application for review once every rule of arts. 8-12 holds; at the first submission the annual plan decides
/// whether the project is in it (art. 11), stated in the history.
/// </summary>
public sealed record SubmitApplication(Guid ProjectId, string? Actor = null) : ICommand<SubmittedApplication>;

/// <summary>What the process routes on: the plan branch of art. 11 and the major-project branch of art. 14.</summary>
public sealed record SubmittedApplication(string ProjectCode, bool InAnnualPlan, bool IsMajor);

public sealed class SubmitApplicationHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<SubmitApplication, SubmittedApplication>
{
    public async ValueTask<SubmittedApplication> Handle(SubmitApplication command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        if (project.Stage is not (ProjectStage.Registered or ProjectStage.UnderReview))
            throw new ConflictException($"项目已处于{project.Stage}阶段，不能重复申请 (already past review)");

        var problems = await ApplicationRules.CheckAsync(db, project, cancellationToken);
        RuleViolation.ThrowIfAny(problems);

        var now = time.GetUtcNow();
        if (project.Stage == ProjectStage.Registered)
        {
            var plan = await AnnualPlanRule.FindAsync(db, project, cancellationToken);
            project.InAnnualPlan = plan.InAnnualPlan;
            project.Record(now, command.Actor, "annual-plan-checked", $"年度计划核对：{plan.Reason}", newValues: new { plan.InAnnualPlan });
        }

        project.MoveTo(ProjectStage.UnderReview);
        project.Record(now, command.Actor, "application-submitted", "提交立项申请");
        return new SubmittedApplication(project.Code, project.InAnnualPlan, project.IsMajor);
    }
}
