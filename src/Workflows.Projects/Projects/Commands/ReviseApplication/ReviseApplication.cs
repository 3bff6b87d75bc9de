using Mediator;
using Workflows.Persistence;
using Workflows.Persistence.Projects;
using Workflows.Projects.Common;
using Workflows.Projects.Projects.Commands.RegisterProject;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.ReviseApplication;

/// <summary>Revises the application of a project that is not approved yet (after a return for revision).</summary>
public sealed record ReviseApplication(Guid ProjectId, ProjectApplication Application, string? Actor = null) : ICommand;

public sealed class ReviseApplicationHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<ReviseApplication>
{
    public async ValueTask<Unit> Handle(ReviseApplication command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        if (project.Stage is not (ProjectStage.Registered or ProjectStage.UnderReview))
            throw new ConflictException($"项目处于{project.Stage}阶段，申请内容不能再修改 (the application can no longer be revised)");
        await ApplicationReferences.CheckAsync(db, command.Application, cancellationToken);
        var old = new { project.Name, project.Scope, project.TotalBudget, project.InAnnualPlan, project.IsMajor };
        ApplicationMapper.Apply(project, command.Application);
        project.Record(time.GetUtcNow(), command.Actor, "application-revised", "修改立项申请", old,
            new { project.Name, project.Scope, project.TotalBudget, project.InAnnualPlan, project.IsMajor });
        return Unit.Value;
    }
}
