using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Common;
using Workflows.Projects.Rules;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RegisterProject;

/// <summary>Registers a project with its application data; the new-project process then reviews it.</summary>
public sealed record RegisterProject(string Code, ProjectApplication Application, string? Actor = null) : ICommand<Guid>;

public sealed class RegisterProjectHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<RegisterProject, Guid>
{
    public async ValueTask<Guid> Handle(RegisterProject command, CancellationToken cancellationToken)
    {
        ProjectApplicationValidator.ThrowIfInvalid(command.Application, string.IsNullOrWhiteSpace(command.Code) || command.Code.Length > 64
            ? [new Problem("code", "项目编号必填，且不超过64个字符 (code is required, at most 64 characters)")]
            : null);
        if (await db.Set<Project>().AnyAsync(p => p.Code == command.Code, cancellationToken))
            throw new ConflictException($"项目编号 {command.Code} 已存在 (project code already registered)");
        await ApplicationReferences.CheckAsync(db, command.Application, cancellationToken);

        var now = time.GetUtcNow();
        var project = new Project
        {
            Id = Guid.CreateVersion7(now),
            Code = command.Code,
            Stage = ProjectStage.Registered,
            FundingStatus = FundingStatus.Normal,
            DedicatedNetwork = DedicatedNetworkStatus.NotRequested,
            CreatedAt = now,
        };
        ApplicationMapper.Apply(project, command.Application);
        project.InAnnualPlan = (await AnnualPlanRule.FindAsync(db, project, cancellationToken)).InAnnualPlan;
        project.Record(now, command.Actor, "registered", $"登记项目《{project.Name}》");
        db.Add(project);
        return project.Id;
    }
}
