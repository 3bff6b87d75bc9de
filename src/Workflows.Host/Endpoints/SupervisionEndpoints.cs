using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Projects.Domain;
using Workflows.Projects.Supervision.Commands.OrderDelayedAcceptanceRectification;
using Workflows.Projects.Supervision.Queries.ListAcceptanceDelays;
using Workflows.Runtime.Common;
using Workflows.Runtime.Instances.StartInstance;

namespace Workflows.Host.Endpoints;

/// <summary>
/// The bureau's supervision (art. 28): projects that delay their completion acceptance, each offered a rectification order
/// prefilled for it. Only the bureau (403 otherwise).
/// </summary>
public static class SupervisionEndpoints
{
    public static RouteGroupBuilder MapSupervisionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/supervision").WithTags("Supervision");
        group.MapGet("/acceptance-delays", ListAcceptanceDelays);
        group.MapPost("/acceptance-delays/{id:guid}/rectification-order", OrderRectification);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<AcceptanceDelay>>> ListAcceptanceDelays(ClaimsPrincipal principal, IMediator mediator)
    {
        EnsureBureau(Caller.From(principal));
        return TypedResults.Ok(await mediator.Send(new ListAcceptanceDelays()));
    }

    /// <summary>Starts <c>rectification-order</c> for the notice's project; its first task (下达限期整改通知) opens prefilled.</summary>
    public static async Task<Created<StartedInstance>> OrderRectification(Guid id, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        EnsureBureau(caller);
        var started = await mediator.Send(new OrderDelayedAcceptanceRectification(id, caller.UserName));
        return TypedResults.Created($"/api/instances/{started.InstanceId}", started);
    }

    private static void EnsureBureau(Caller caller)
    {
        if (!caller.Roles.Contains(ProjectRoles.Bureau))
            throw new ForbiddenException("只有主管部门可以督办拖延验收 (only the bureau supervises delayed acceptances)");
    }
}
