using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Runtime.Common;
using Workflows.Runtime.Definitions.DiffVersions;
using Workflows.Runtime.Definitions.DiscardDraft;
using Workflows.Runtime.Definitions.GetDefinitionXml;
using Workflows.Runtime.Definitions.ListHandlers;
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
    /// <param name="Errors">The problems keyed as publishing's 400 keys them (<c>candidateGroups</c>, <c>formKey</c>, …).</param>
    /// <param name="Warnings">Constructs the engine reads past (listeners, input/output mappings, …): the model still runs.</param>
    public sealed record ValidationResult(
        bool Valid, IReadOnlyList<string> Problems, IReadOnlyDictionary<string, string[]> Errors, IReadOnlyList<string> Warnings);

    /// <param name="Groups">The candidate groups a user task may name; empty when any group is accepted.</param>
    public sealed record CandidateGroupList(IReadOnlyList<string> Groups);

    public static RouteGroupBuilder MapDefinitionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/definitions").WithTags("Definitions");
        group.MapGet("/", ListDefinitions);
        group.MapGet("/{key}/versions", ListVersions);
        group.MapGet("/{key}/versions/{version:int}/xml", GetVersionXml);
        group.MapGet("/{key}/drafts/xml", GetDraftXml).RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapGet("/handlers", ListHandlers).RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapGet("/candidate-groups", ListCandidateGroups).RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapDelete("/{key}/drafts", DiscardDraft).RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapPost("/{key}/drafts", SaveDraft).Accepts<string>(BpmnBody.ContentTypes[0], BpmnBody.ContentTypes[1..]).RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapPost("/{key}/versions/{version:int}/publish", Publish).RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapPost("/{key}/versions/{version:int}/retire", Retire).RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapGet("/{key}/diff", Diff).RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapPost("/validate", Validate).Accepts<string>(BpmnBody.ContentTypes[0], BpmnBody.ContentTypes[1..]);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<DefinitionSummary>>> ListDefinitions(IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new ListDefinitions()));

    /// <summary>The versions, with the key's <see cref="DraftRevision"/> as the ETag an editor sends back as <c>If-Match</c>.</summary>
    public static async Task<Ok<IReadOnlyList<DefinitionVersion>>> ListVersions(string key, HttpResponse response, IMediator mediator)
    {
        var versions = await mediator.Send(new ListVersions(key));
        response.Headers.ETag = Quoted(DraftRevision.Of(versions.Max(version => version.Version),
            versions.FirstOrDefault(version => version.Version is null)?.Hash));
        return TypedResults.Ok(versions);
    }

    /// <summary>The registered service-task handlers, each with the published tasks that run it, for the designer's list.</summary>
    public static async Task<Ok<IReadOnlyList<HandlerSummary>>> ListHandlers(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListHandlers(), cancellationToken));

    public static Ok<CandidateGroupList> ListCandidateGroups(CandidateGroups groups) => TypedResults.Ok(new CandidateGroupList(groups.Known));

    /// <summary>Throws the draft away (404 without one); with <c>If-Match</c>, only the draft the editor saw (409 otherwise).</summary>
    public static async Task<NoContent> DiscardDraft(string key, HttpRequest request, IMediator mediator)
    {
        await mediator.Send(new DiscardDraft(key, ExpectedRevision(request)));
        return TypedResults.NoContent();
    }

    public static async Task<ContentHttpResult> GetVersionXml(string key, int version, IMediator mediator) =>
        TypedResults.Text(await mediator.Send(new GetDefinitionXml(key, version)), "application/xml");

    public static async Task<ContentHttpResult> GetDraftXml(string key, IMediator mediator) =>
        TypedResults.Text(await mediator.Send(new GetDefinitionXml(key, null)), "application/xml");

    public static async Task<Created<DraftSaved>> SaveDraft(string key, HttpRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var xml = await BpmnBody.ReadAsync(request, request.HttpContext.RequestAborted);
        var saved = await mediator.Send(new SaveDraft(key, xml, Caller.From(principal).UserName, ExpectedRevision(request)));
        request.HttpContext.Response.Headers.ETag = Quoted(saved.Revision);
        return TypedResults.Created($"/api/definitions/{key}/drafts/xml", saved);
    }

    /// <summary>Publishes the key's draft as <paramref name="version"/>, which must be the next number: a stale editor gets 409.</summary>
    public static async Task<Ok<PublishOutcome>> Publish(string key, int version, HttpRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var latest = (await mediator.Send(new ListVersions(key))).Max(existing => existing.Version) ?? 0;
        if (version != latest + 1)
        {
            throw new ConflictException($"The draft of '{key}' would be published as version {latest + 1}, not {version}.");
        }

        return TypedResults.Ok(await mediator.Send(new PublishDefinition(key, Actor: Caller.From(principal).UserName, ExpectedRevision: ExpectedRevision(request))));
    }

    public static async Task<NoContent> Retire(string key, int version, ClaimsPrincipal principal, IMediator mediator)
    {
        await mediator.Send(new RetireDefinition(key, version, Caller.From(principal).UserName));
        return TypedResults.NoContent();
    }

    /// <summary>What changed from version <paramref name="from"/> to <paramref name="to"/>: elements added, removed and changed,
    /// property by property. Either side may be <c>draft</c>, the key's saved draft.</summary>
    public static async Task<Ok<DefinitionDiff>> Diff(string key, string from, string to, IMediator mediator, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        var older = DiffSide(nameof(from), from, problems);
        var newer = DiffSide(nameof(to), to, problems);
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);
        return TypedResults.Ok(await mediator.Send(new DiffVersions(key, older, newer), cancellationToken));
    }

    private static int? DiffSide(string name, string value, List<Problem> problems)
    {
        if (string.Equals(value, "draft", StringComparison.OrdinalIgnoreCase))
            return null;
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version) && version > 0)
            return version;
        problems.Add(new Problem(name, "须为版本号或 draft (a version number or draft)"));
        return null;
    }

    public static async Task<Ok<ValidationResult>> Validate(HttpRequest request, IMediator mediator)
    {
        var validation = await mediator.Send(new ValidateDefinition(await BpmnBody.ReadAsync(request, request.HttpContext.RequestAborted)));
        var problems = validation.Problems;
        return TypedResults.Ok(new ValidationResult(problems.Count == 0, [.. problems.Select(problem => problem.Message)],
            Problem.ByKey(problems),
            validation.Warnings));
    }

    /// <summary>The revision of an <c>If-Match</c> header (<c>"3-ab12…"</c>, weak or not); none when the client sends none.</summary>
    private static string? ExpectedRevision(HttpRequest request) =>
        request.Headers.IfMatch.FirstOrDefault() is { Length: > 0 } value ? value.Replace("W/", "", StringComparison.Ordinal).Trim('"') : null;

    private static string Quoted(string revision) => $"\"{revision}\"";
}
