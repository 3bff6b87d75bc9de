using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Departments;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.DeclineCoBuildingPart;

/// <summary>A co-building department or township declines its part of the plan (arts. 6, 8): the lead then revises the plan.</summary>
public sealed record DeclineCoBuildingPart(Guid ProjectId, string DepartmentCode, string Reason, string? Actor = null) : ICommand;

public sealed class DeclineCoBuildingPartHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<DeclineCoBuildingPart>
{
    public async ValueTask<Unit> Handle(DeclineCoBuildingPart command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        var coBuilder = project.CoBuilders.FirstOrDefault(c => c.DepartmentCode == command.DepartmentCode)
            ?? throw new InvalidRequestException($"{command.DepartmentCode} 不是本项目的共建单位 (not a co-building department of this project)");
        coBuilder.Part = "";
        coBuilder.ConfirmedAt = null;
        coBuilder.ConfirmedBy = null;
        var user = (command.Actor ?? "").Split(" (")[0];
        // The lead reads who declined on its revision task and the project page: the department's name, not its code.
        var name = await DepartmentNames.OfAsync(db, command.DepartmentCode, cancellationToken);
        project.RecordReturn(time.GetUtcNow(), command.Actor, $"共建单位{name}（{user}）拒绝分工", command.Reason.Trim());
        return Unit.Value;
    }
}
