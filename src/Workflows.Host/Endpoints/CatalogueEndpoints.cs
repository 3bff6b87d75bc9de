using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Catalogue.Commands.ListSystem;
using Workflows.Projects.Catalogue.Queries.ListCatalogue;
using Workflows.Runtime.Common;

namespace Workflows.Host.Endpoints;

/// <summary>The catalogue of government information systems (art. 10): a project may only involve listed systems.</summary>
public static class CatalogueEndpoints
{
    public sealed record SystemListed(Guid Id);

    public static RouteGroupBuilder MapCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/catalogue").WithTags("Catalogue");
        group.MapGet("/", ListCatalogue);
        group.MapPost("/", ListSystem);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<InformationSystem>>> ListCatalogue(string? departmentCode, IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new ListCatalogue(departmentCode)));

    /// <summary>Clerks list their own department's systems; the bureau lists any department's.</summary>
    public static async Task<Created<SystemListed>> ListSystem(ListSystem request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        if (caller.IsDepartmentScoped && request.DepartmentCode != caller.DepartmentCode)
        {
            throw new ForbiddenException($"{caller.UserName} may only list systems of {caller.DepartmentCode}.");
        }

        var id = await mediator.Send(request);
        return TypedResults.Created($"/api/catalogue/{id}", new SystemListed(id));
    }
}
