using System.Security.Claims;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Host.Forms;
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

    public static async Task<Results<Ok<MessageCorrelated>, ValidationProblem>> CorrelateMessage(
        MessageRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var caller = Caller.From(principal);
        var reserved = ReservedVariables.Check(request.Variables ?? []);
        if (reserved.Count > 0)
        {
            return TypedResults.ValidationProblem(reserved);
        }

        await MessageAccess.EnsureCanCorrelateAsync(caller, request.Name, request.BusinessKey, mediator, cancellationToken);
        var correlated = await mediator.Send(new CorrelateMessage(request.Name, request.BusinessKey, request.Variables, caller.UserName), cancellationToken);
        return TypedResults.Ok(new MessageCorrelated(correlated));
    }
}
