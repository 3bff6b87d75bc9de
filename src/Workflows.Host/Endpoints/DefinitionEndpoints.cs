using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Runtime.Common;
using Workflows.Runtime.Definitions.DiffVersions;
using Workflows.Runtime.Definitions.GetDefinitionXml;
using Workflows.Runtime.Definitions.ListDefinitions;
using Workflows.Runtime.Definitions.ListVersions;
using Workflows.Runtime.Definitions.PublishDefinition;
using Workflows.Runtime.Definitions.Publishing;
using Workflows.Runtime.Definitions.RetireDefinition;
using Workflows.Runtime.Definitions.SaveDraft;
using Workflows.Runtime.Definitions.ValidateDefinition;

namespace Workflows.Host.Endpoints;

/// <summary>Process definitions: everyone reads them; bureau administrators alone draft, publish and retire.</summary>
public static class DefinitionEndpoints
{
    /// <param name="Warnings">Constructs the engine reads past (listeners, input/output mappings, …): the model still runs.</param>
    public sealed record ValidationResult(bool Valid, IReadOnlyList<string> Problems, IReadOnlyList<string> Warnings);

    public static RouteGroupBuilder MapDefinitionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/definitions").WithTags("Definitions");
        group.MapGet("/", ListDefinitions);
        group.MapGet("/{key}/versions", ListVersions);
        group.MapGet("/{key}/versions/{version:int}/xml", GetVersionXml);
        group.MapGet("/{key}/drafts/xml", GetDraftXml).RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapPost("/{key}/drafts", SaveDraft).Accepts<string>(BpmnBody.ContentTypes[0], BpmnBody.ContentTypes[1..]).RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapPost("/{key}/versions/{version:int}/publish", Publish).RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapPost("/{key}/versions/{version:int}/retire", Retire).RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapGet("/{key}/diff", Diff).RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapPost("/validate", Validate).Accepts<string>(BpmnBody.ContentTypes[0], BpmnBody.ContentTypes[1..]);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<DefinitionSummary>>> ListDefinitions(IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new ListDefinitions()));

    public static async Task<Ok<IReadOnlyList<DefinitionVersion>>> ListVersions(string key, IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new ListVersions(key)));

    public static async Task<ContentHttpResult> GetVersionXml(string key, int version, IMediator mediator) =>
        TypedResults.Text(await mediator.Send(new GetDefinitionXml(key, version)), "application/xml");

    public static async Task<ContentHttpResult> GetDraftXml(string key, IMediator mediator) =>
        TypedResults.Text(await mediator.Send(new GetDefinitionXml(key, null)), "application/xml");

    public static async Task<Created<DraftSaved>> SaveDraft(string key, HttpRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var xml = await BpmnBody.ReadAsync(request, request.HttpContext.RequestAborted);
        var saved = await mediator.Send(new SaveDraft(key, xml, Caller.From(principal).UserName));
        return TypedResults.Created($"/api/definitions/{key}/drafts/xml", saved);
    }

    /// <summary>Publishes the key's draft as <paramref name="version"/>, which must be the next number: a stale editor gets 409.</summary>
    public static async Task<Ok<PublishOutcome>> Publish(string key, int version, ClaimsPrincipal principal, IMediator mediator)
    {
        var latest = (await mediator.Send(new ListVersions(key))).Max(existing => existing.Version) ?? 0;
        if (version != latest + 1)
        {
            throw new ConflictException($"The draft of '{key}' would be published as version {latest + 1}, not {version}.");
        }

        return TypedResults.Ok(await mediator.Send(new PublishDefinition(key, Actor: Caller.From(principal).UserName)));
    }

    public static async Task<NoContent> Retire(string key, int version, ClaimsPrincipal principal, IMediator mediator)
    {
        await mediator.Send(new RetireDefinition(key, version, Caller.From(principal).UserName));
        return TypedResults.NoContent();
    }

    /// <summary>What changed from version <paramref name="from"/> to <paramref name="to"/>: elements added, removed and changed, property by property.</summary>
    public static async Task<Ok<DefinitionDiff>> Diff(string key, int from, int to, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new DiffVersions(key, from, to), cancellationToken));

    public static async Task<Ok<ValidationResult>> Validate(HttpRequest request, IMediator mediator)
    {
        var validation = await mediator.Send(new ValidateDefinition(await BpmnBody.ReadAsync(request, request.HttpContext.RequestAborted)));
        return TypedResults.Ok(new ValidationResult(validation.Problems.Count == 0, validation.Problems, validation.Warnings));
    }
}
