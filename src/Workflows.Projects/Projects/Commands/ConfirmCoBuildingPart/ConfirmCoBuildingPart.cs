using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Departments;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.ConfirmCoBuildingPart;

/// <summary>A co-building department or township confirms its part of the overall plan (arts. 6, 8).</summary>
public sealed record ConfirmCoBuildingPart(Guid ProjectId, string DepartmentCode, string Part, string? Actor = null) : ICommand;

public sealed class ConfirmCoBuildingPartHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<ConfirmCoBuildingPart>
{
    public async ValueTask<Unit> Handle(ConfirmCoBuildingPart command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        var coBuilder = project.CoBuilders.FirstOrDefault(c => c.DepartmentCode == command.DepartmentCode)
            ?? throw new InvalidRequestException($"{command.DepartmentCode} 不是本项目的共建单位 (not a co-building department of this project)");
        var now = time.GetUtcNow();
        coBuilder.Part = command.Part.Trim();
        coBuilder.ConfirmedAt = now;
        coBuilder.ConfirmedBy = command.Actor;
        project.Record(now, command.Actor, "co-building-part-confirmed", $"共建单位{await DepartmentNames.OfAsync(db, command.DepartmentCode, cancellationToken)}确认分工", newValues: new { command.DepartmentCode, command.Part });
        return Unit.Value;
    }
}
