using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Workflows.Host.Authorization;
using Workflows.Persistence;
using Workflows.Persistence.Projects;
using Workflows.Projects.Projects.Commands.RegisterProject;
using Workflows.Projects.Projects.Queries.GetProject;
using Workflows.Runtime.Common;

namespace Workflows.Host.Endpoints;

/// <summary>Projects: clerks see and register their own department's (lead or co-builder), reviewers see all.</summary>
public static class ProjectEndpoints
{
    public sealed record RegisterProjectRequest(string Code, ProjectApplication Application);

    public sealed record ProjectRegistered(Guid Id);

    public sealed record ProjectListItem(
        Guid Id, string Code, string Name, string LeadDepartmentCode, ProjectStage Stage, FundingStatus FundingStatus, decimal TotalBudget);

    public static RouteGroupBuilder MapProjectEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/projects").WithTags("Projects");
        group.MapGet("/", ListProjects);
        group.MapGet("/{id:guid}", GetProject);
        group.MapPost("/", RegisterProject);
        return group;
    }

    public static async Task<Ok<List<ProjectListItem>>> ListProjects(ClaimsPrincipal principal, WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        var caller = Caller.From(principal);
        var projects = db.Set<Project>().AsNoTracking();
        if (caller.IsDepartmentScoped)
        {
            projects = projects.Where(p => p.LeadDepartmentCode == caller.DepartmentCode || p.CoBuilders.Any(c => c.DepartmentCode == caller.DepartmentCode));
        }

        return TypedResults.Ok(await projects.OrderBy(p => p.Code)
            .Select(p => new ProjectListItem(p.Id, p.Code, p.Name, p.LeadDepartmentCode, p.Stage, p.FundingStatus, p.TotalBudget))
            .ToListAsync(cancellationToken));
    }

    /// <summary>With documents, filings, deadlines, funding status and history.</summary>
    public static async Task<Ok<Project>> GetProject(Guid id, ClaimsPrincipal principal, IMediator mediator)
    {
        var project = await mediator.Send(new GetProject(id));
        var caller = Caller.From(principal);
        if (caller.IsDepartmentScoped && project.LeadDepartmentCode != caller.DepartmentCode
            && project.CoBuilders.All(c => c.DepartmentCode != caller.DepartmentCode))
        {
            throw new ForbiddenException($"Project {id} is not one of {caller.DepartmentCode}'s projects.");
        }

        return TypedResults.Ok(project);
    }

    public static async Task<Created<ProjectRegistered>> RegisterProject(RegisterProjectRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        var application = caller.IsDepartmentScoped ? request.Application with { LeadDepartmentCode = caller.DepartmentCode ?? "" } : request.Application;
        var id = await mediator.Send(new RegisterProject(request.Code, application, caller.UserName));
        return TypedResults.Created($"/api/projects/{id}", new ProjectRegistered(id));
    }
}
