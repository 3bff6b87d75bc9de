using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Projects.Catalogue.Commands.RegisterCloudService;
using Workflows.Projects.Catalogue.Commands.WithdrawCloudService;
using Workflows.Projects.Catalogue.Queries.ListCloudServices;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Runtime.Common;

namespace Workflows.Host.Endpoints;

/// <summary>The municipal government cloud's service catalogue (art. 12): everyone reads it, the bureau maintains it.</summary>
public static class CloudCatalogueEndpoints
{
    public static RouteGroupBuilder MapCloudCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cloud-services").WithTags("Catalogue");
        group.MapGet("/", ListCloudServices);
        group.MapPost("/", AddCloudService);
        group.MapPost("/{code}/withdraw", WithdrawCloudService);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<CloudService>>> ListCloudServices(bool? includeWithdrawn, IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new ListCloudServices(includeWithdrawn == true)));

    public static async Task<Created<RegisterCloudService>> AddCloudService(RegisterCloudService request, ClaimsPrincipal principal, IMediator mediator)
    {
        EnsureBureau(principal);
        await mediator.Send(request with { Code = request.Code?.Trim() ?? "" });
        return TypedResults.Created($"/api/cloud-services/{request.Code}", request);
    }

    public static async Task<NoContent> WithdrawCloudService(string code, ClaimsPrincipal principal, IMediator mediator)
    {
        EnsureBureau(principal);
        await mediator.Send(new WithdrawCloudService(code));
        return TypedResults.NoContent();
    }

    private static void EnsureBureau(ClaimsPrincipal principal)
    {
        if (!Caller.From(principal).Roles.Contains(ProjectRoles.Bureau))
            throw new ForbiddenException("只有主管部门维护市级政务云服务目录 (only the bureau maintains the cloud catalogue)");
    }
}
