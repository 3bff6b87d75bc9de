using System.Security.Claims;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Engine.Execution;
using Workflows.Host.Authorization;
using Workflows.Host.Forms;
using Workflows.Runtime.Common;
using Workflows.Runtime.Instances.ListInstances;
using Workflows.Runtime.Messages.CorrelateMessage;

namespace Workflows.Host.Endpoints;

/// <summary>Message correlation: delivers a named message to the instances waiting for it on a business key.</summary>
public static class MessageEndpoints
{
    public sealed record MessageRequest(string Name, string? BusinessKey, Dictionary<string, JsonElement>? Variables);

    public sealed record MessageCorrelated(int Correlated);

    public static RouteGroupBuilder MapMessageEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/messages").WithTags("Messages");
        group.MapPost("/", CorrelateMessage);
        return group;
    }

    public static async Task<Results<Ok<MessageCorrelated>, ValidationProblem>> CorrelateMessage(MessageRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        var reserved = ReservedVariables.Check(request.Variables ?? []);
        if (reserved.Count > 0)
        {
            return TypedResults.ValidationProblem(reserved);
        }

        if (caller.IsDepartmentScoped)
        {
            // A clerk may only move their own department's instances on.
            var own = await mediator.Send(new ListInstances(Status: InstanceStatus.Running, BusinessKey: request.BusinessKey, Take: 1,
                Department: caller.DepartmentCode ?? ""));
            if (request.BusinessKey is null || own.Count == 0)
            {
                throw new ForbiddenException($"No running instance of {caller.DepartmentCode} has business key '{request.BusinessKey}'.");
            }
        }

        var correlated = await mediator.Send(new CorrelateMessage(request.Name, request.BusinessKey, request.Variables, caller.UserName));
        return TypedResults.Ok(new MessageCorrelated(correlated));
    }
}
