using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Common;

namespace Workflows.Projects.Supervision.Commands.OpenChangeRequest;

/// <summary>
/// Art. 20: only an approved project that is not terminated can be changed, and one change request is open per project
/// at a time; otherwise the change-request instance does not start (409).
/// </summary>
public sealed record OpenChangeRequest(Guid ProjectId, Guid InstanceId) : ICommand;

public sealed class OpenChangeRequestHandler(WorkflowsDbContext db) : ICommandHandler<OpenChangeRequest>
{
    /// <summary>From approval on, as long as the project lives.</summary>
    private static readonly ProjectStage[] Changeable =
    [
        ProjectStage.Approved, ProjectStage.Budgeted, ProjectStage.Procured, ProjectStage.Contracted,
        ProjectStage.UnderConstruction, ProjectStage.Accepted, ProjectStage.InOperation,
    ];

    public async ValueTask<Unit> Handle(OpenChangeRequest command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        if (!Changeable.Contains(project.Stage))
            throw new CommandRefusedException($"项目处于“{project.Stage}”阶段，只有已立项且未终止的项目可以申请变更（第二十条） (art. 20: only an approved, not terminated project can be changed)");
        var businessKey = project.Id.ToString();
        var open = await db.Instances.AsNoTracking().AnyAsync(i => i.DefinitionKey == "change-request" && i.BusinessKey == businessKey
            && i.Status == InstanceStatus.Running && i.Id != command.InstanceId, cancellationToken);
        if (open)
            throw new CommandRefusedException("该项目已有一项未办结的变更申请（第二十条） (art. 20: the project already has an open change request)");
        return Unit.Value;
    }
}
