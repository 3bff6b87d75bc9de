using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Projects.Projects.Queries.GetProjectDepartments;
using Workflows.Projects.Projects.Queries.GetProjectDetails;
using Workflows.Runtime.Definitions.ListDefinitions;

namespace Workflows.Host.Endpoints;

/// <summary>What the project page offers to start: the published processes the caller may start for this project now.</summary>
public static class ProjectProcessEndpoints
{
    public sealed record StartableProcess(string DefinitionKey, string? Name);

    public static RouteGroupBuilder MapProjectProcessEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/startable-processes", ListStartable);
        return group;
    }

    /// <summary>Each is started with <c>POST /api/instances</c> and <c>projectId</c>; see <see cref="StartableProcesses"/>.</summary>
    public static async Task<Ok<IReadOnlyList<StartableProcess>>> ListStartable(Guid id, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        ProjectAccess.EnsureCanView(caller, await mediator.Send(new GetProjectDepartments(id)));
        var project = await mediator.Send(new GetProjectDetails(id));
        var published = (await mediator.Send(new ListDefinitions()))
            .Where(definition => definition.LatestPublishedVersion is not null)
            .ToDictionary(definition => definition.Key);
        IReadOnlyList<StartableProcess> startable =
        [
            .. StartableProcesses.For(caller, project)
                .Where(published.ContainsKey)
                .Select(key => new StartableProcess(key, published[key].Name)),
        ];
        return TypedResults.Ok(startable);
    }
}
