using Mediator;
using System.Text.Json;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.RegisterCoBuilders;

namespace Workflows.Projects.Handlers.CrossDepartment;

/// <summary>Names the co-building departments of <c>coBuildingDepartments</c> on the project (art. 8).</summary>
public sealed class RegisterCoBuildersTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "registerCoBuilders";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var codes = context.Variables.TryGetValue("coBuildingDepartments", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(item => item.GetString() ?? "").ToList()
            : [];
        await sender.Send(new RegisterCoBuilders(context.ProjectId(), codes, Actor(context)), cancellationToken);
    }
}
