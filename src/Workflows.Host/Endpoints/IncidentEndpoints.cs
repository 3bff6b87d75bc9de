using System.Security.Claims;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Host.Requests;
using Workflows.Runtime.Common;
using Workflows.Runtime.Incidents.ListIncidents;
using Workflows.Runtime.Incidents.ResolveIncident;
using Workflows.Runtime.Incidents.RetryIncident;

namespace Workflows.Host.Endpoints;

/// <summary>Incidents for the operations console: what failed where and when, who ran into it and who was told; retry and resolve.</summary>
public static class IncidentEndpoints
{
    public sealed record RetryIncidentRequest(Dictionary<string, JsonElement>? Variables);

    public sealed record ResolveIncidentRequest(string? Note);

    public static RouteGroupBuilder MapIncidentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/incidents").WithTags("Incidents").RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapGet("/", ListIncidents);
        group.MapPost("/{id:guid}/retry", RetryIncident);
        group.MapPost("/{id:guid}/resolve", ResolveIncident);
        return group;
    }

    /// <summary>Newest first. <paramref name="status"/> is <c>open</c> or <c>resolved</c>; <paramref name="from"/> and
    /// <paramref name="to"/> bound the time the incident was raised.</summary>
    public static async Task<Ok<IncidentPage>> ListIncidents(
        string? definitionKey, Guid? instanceId, string? status, string? businessKey, string? activityId, string? text,
        DateTimeOffset? from, DateTimeOffset? to, int? skip, int? take, IMediator mediator, CancellationToken cancellationToken)
    {
        bool? open = status?.ToLowerInvariant() switch
        {
            null or "" or "all" => null,
            "open" => true,
            "resolved" => false,
            _ => throw new InvalidRequestException([new Problem("status", $"未知的故障状态 {status}，应为 open、resolved 或 all (unknown incident status; use open, resolved or all)")]),
        };
        var query = new ListIncidents(Blank(definitionKey), instanceId, open, Blank(businessKey), Blank(activityId), Blank(text), from, to, skip ?? 0, take ?? 50);
        return TypedResults.Ok(await mediator.Send(query, cancellationToken));
    }

    /// <summary>Runs the failed step again, with corrected variables if given (optional body <see cref="RetryIncidentRequest"/>): 404 unknown, 409 already resolved.</summary>
    public static async Task<NoContent> RetryIncident(
        Guid id, HttpRequest http, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var request = await OptionalJsonBody.ReadAsync<RetryIncidentRequest>(http, cancellationToken);
        await mediator.Send(new RetryIncident(id, request?.Variables, Caller.From(principal).UserName), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Closes a failed job's incident without running it, with a note (<see cref="ResolveIncidentRequest"/>): 400 without a note, 409 for a parked execution.</summary>
    public static async Task<NoContent> ResolveIncident(
        Guid id, HttpRequest http, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var request = await OptionalJsonBody.ReadAsync<ResolveIncidentRequest>(http, cancellationToken);
        await mediator.Send(new ResolveIncident(id, request?.Note, Caller.From(principal).UserName), cancellationToken);
        return TypedResults.NoContent();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
