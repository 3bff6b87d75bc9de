using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.History;
using Workflows.Projects.Common;
using Workflows.Projects.Rules;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.ResubmitApplication;

/// <summary>Resubmits a revised application once arts. 8-12 hold again; the reviewer who returned it gets it back with the changes.</summary>
public sealed record ResubmitApplication(Guid ProjectId, string? Note, string? Actor = null) : ICommand<ResubmittedApplication>;

/// <summary>The field changes made since the return (one line each, old → new), for the reviewer's task.</summary>
public sealed record ResubmittedApplication(IReadOnlyList<string> Changes, bool InAnnualPlan, bool IsMajor);

public sealed class ResubmitApplicationHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<ResubmitApplication, ResubmittedApplication>
{
    public async ValueTask<ResubmittedApplication> Handle(ResubmitApplication command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        if (project.Stage is not (ProjectStage.Registered or ProjectStage.UnderReview or ProjectStage.Approved))
            throw new ConflictException($"项目处于{project.Stage}阶段，不能重新提交申请 (the application can no longer be resubmitted)");
        RuleViolation.ThrowIfAny(await ApplicationRules.CheckAsync(db, project, cancellationToken));

        var history = await db.Set<ProjectHistoryEntry>().AsNoTracking().Where(h => h.ProjectId == project.Id).ToListAsync(cancellationToken);
        var changes = RevisionHistory.ChangesSinceReturn(history);
        // A bureau return put the project back to registered; a return after approval (major budget review) keeps it approved.
        if (project.Stage == ProjectStage.Registered)
            project.Stage = ProjectStage.UnderReview;
        var note = string.IsNullOrWhiteSpace(command.Note) ? "" : $"：{command.Note.Trim()}";
        project.Record(time.GetUtcNow(), command.Actor, "application-resubmitted",
            RevisionHistory.Clip($"按退回意见修改后重新提交（修改{changes.Count}项）{note}"), newValues: new { Changes = changes, command.Note });
        return new ResubmittedApplication(changes, project.InAnnualPlan, project.IsMajor);
    }
}
