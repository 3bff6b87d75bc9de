using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Runtime.Definitions.Publishing;
using Workflows.Runtime.Forms;
using Workflows.Runtime.Forms.GetFormSchema;
using Workflows.Runtime.Forms.ListFormVersions;
using Workflows.Runtime.Forms.ListForms;
using Workflows.Runtime.Forms.PublishForm;
using Workflows.Runtime.Forms.RetireForm;
using Workflows.Runtime.Forms.SaveFormDraft;

namespace Workflows.Host.Endpoints;

/// <summary>
/// Task forms, versioned like process definitions: everyone signed in reads the published versions; bureau
/// administrators alone draft, publish and retire. A process version shows the form versions it was published with.
/// </summary>
public static class FormEndpoints
{
    public static RouteGroupBuilder MapFormEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/forms").WithTags("Forms");
        group.MapGet("/", ListForms);
        group.MapGet("/component-types", ComponentTypes).RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapGet("/{key}/versions", ListVersions);
        group.MapGet("/{key}/versions/{version:int}", GetVersion).Produces(StatusCodes.Status200OK, contentType: "application/json");
        group.MapGet("/{key}/drafts", GetDraft).Produces(StatusCodes.Status200OK, contentType: "application/json")
            .RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapPost("/{key}/drafts", SaveDraft).Accepts<string>(FormBody.ContentTypes[0], FormBody.ContentTypes[1..])
            .RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapPost("/{key}/versions/{version:int}/publish", Publish).RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapPost("/{key}/versions/{version:int}/retire", Retire).RequireAuthorization(WorkflowsPolicies.Admin);
        return group;
    }

    /// <summary>The component types a form may use: the form editor offers these and no other.</summary>
    public static Ok<IReadOnlyList<string>> ComponentTypes() => TypedResults.Ok(FormSchemaCheck.SupportedTypes);

    public static async Task<Ok<IReadOnlyList<FormSummary>>> ListForms(IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new ListForms()));

    public static async Task<Ok<IReadOnlyList<FormVersion>>> ListVersions(string key, IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new ListFormVersions(key)));

    /// <summary>The form-js schema of a published (or retired) version.</summary>
    public static async Task<ContentHttpResult> GetVersion(string key, int version, IMediator mediator) =>
        TypedResults.Text(await mediator.Send(new GetFormSchema(key, version)), "application/json");

    /// <summary>The form-js schema of the key's pending draft; 404 when there is none.</summary>
    public static async Task<ContentHttpResult> GetDraft(string key, IMediator mediator) =>
        TypedResults.Text(await mediator.Send(new GetFormSchema(key, null)), "application/json");

    /// <summary>Stores the schema as the key's draft (a new key starts a new form); an invalid schema is refused, keyed <c>schema</c>.</summary>
    public static async Task<Created<FormDraftSaved>> SaveDraft(string key, HttpRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var json = await FormBody.ReadAsync(request, request.HttpContext.RequestAborted);
        var saved = await mediator.Send(new SaveFormDraft(key, json, Caller.From(principal).UserName));
        return TypedResults.Created($"/api/forms/{key}/drafts", saved);
    }

    /// <summary>Publishes the key's draft as <paramref name="version"/>, which must be the next number: a stale editor gets 409.</summary>
    public static async Task<Ok<PublishOutcome>> Publish(string key, int version, ClaimsPrincipal principal, IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new PublishForm(key, version, Caller.From(principal).UserName)));

    public static async Task<NoContent> Retire(string key, int version, ClaimsPrincipal principal, IMediator mediator)
    {
        await mediator.Send(new RetireForm(key, version, Caller.From(principal).UserName));
        return TypedResults.NoContent();
    }
}
