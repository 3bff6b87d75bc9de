using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Projects.Commands.RegisterProject;
using Workflows.Projects.Rules;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.ReviseApplication;

/// <summary>
/// The lead department revises its application while a return is open (arts. 8-12): every part may change except the
/// lead department; co-building departments change only while a co-builder's decline is open (art. 8). Each changed
/// field goes into the project history as old → new.
/// </summary>
/// <param name="Department">The caller's department; null for a caller of no department.</param>
public sealed record ReviseApplication(Guid ProjectId, ProjectApplication Application, string? Department, string? Actor = null) : ICommand;

public sealed class ReviseApplicationHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<ReviseApplication>
{
    public async ValueTask<Unit> Handle(ReviseApplication command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        if (command.Department is null || command.Department != project.LeadDepartmentCode)
            throw new ForbiddenException($"只有牵头部门可以修改申请 (only the lead department {project.LeadDepartmentCode} revises the application)");
        var task = await RevisionTasks.OpenTaskAsync(db, project.Id, cancellationToken)
            ?? throw new ConflictException("申请未被退回修改，当前不能修改 (no return for revision is open)");

        var coBuilders = project.CoBuilders.Select(c => c.DepartmentCode).Order().ToList();
        var application = command.Application with
        {
            LeadDepartmentCode = project.LeadDepartmentCode,
            CoBuildingDepartments = command.Application.CoBuildingDepartments ?? coBuilders,
        };
        var coBuildersChanged = !application.CoBuildingDepartments.Distinct().Order().SequenceEqual(coBuilders);
        ProjectApplicationValidator.ThrowIfInvalid(application, coBuildersChanged && task.ActivityId != RevisionTasks.RevisePlan
            ? [new Problem("coBuildingDepartments", "共建单位须经跨部门项目流程确认，退回修改时不能变更（第八条） (art. 8: co-building departments change only in the cross-department process)")]
            : null);
        await ApplicationReferences.CheckAsync(db, application, cancellationToken, project.Id);

        var before = await ApplicationSnapshot.TakeAsync(db, project, cancellationToken);
        var planEntryChanged = project.PlanEntryId != application.PlanEntryId;
        ApplicationMapper.Apply(project, application);
        // Art. 11: a new plan entry decides the plan anew; otherwise the approval bureau's confirmation stands.
        if (planEntryChanged)
            project.InAnnualPlan = (await AnnualPlanRule.FindAsync(db, project, cancellationToken)).InAnnualPlan;
        var after = await ApplicationSnapshot.TakeAsync(db, project, cancellationToken);
        var now = time.GetUtcNow();
        foreach (var change in before.Compare(after))
            project.Record(now, command.Actor, RevisionHistory.Revised, RevisionHistory.Clip(change.Chinese),
                new Dictionary<string, string> { [change.Field] = change.Old }, new Dictionary<string, string> { [change.Field] = change.New });
        return Unit.Value;
    }
}
