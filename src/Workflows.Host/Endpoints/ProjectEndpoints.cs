using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Projects.Domain;
using Workflows.Projects.Projects.Commands.RecordSharingException;
using Workflows.Projects.Projects.Commands.RegisterProject;
using Workflows.Projects.Projects.Commands.ReviseApplication;
using Workflows.Projects.Projects.Queries.GetProjectDepartments;
using Workflows.Projects.Projects.Queries.GetProjectDetails;
using Workflows.Projects.Projects.Queries.ListProjects;
using Workflows.Projects.Projects.Queries.PageProjectHistory;
using Workflows.Runtime.Common;

namespace Workflows.Host.Endpoints;

/// <summary>Projects: clerks see and register their own department's (lead or co-builder), reviewers see all.</summary>
public static class ProjectEndpoints
{
    public sealed record RegisterProjectRequest(string Code, ProjectApplication Application);

    public sealed record ProjectRegistered(Guid Id);

    public sealed record SharingExceptionRequest(string Reason);

    public static RouteGroupBuilder MapProjectEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/projects").WithTags("Projects");
        group.MapGet("/", ListProjects);
        group.MapGet("/page", PageProjects);
        group.MapGet("/{id:guid}", GetProject);
        group.MapGet("/{id:guid}/history", PageHistory);
        group.MapPost("/", RegisterProject);
        group.MapPut("/{id:guid}", ReviseApplication);
        group.MapPost("/{id:guid}/sharing-exception", RecordSharingException);
        group.MapProjectDocumentEndpoints();
        group.MapProjectPaymentEndpoints();
        group.MapProjectProcessEndpoints();
        group.MapProjectSecurityEndpoints();
        group.MapProjectSpendingEndpoints();
        return group;
    }

    /// <summary>Every project the caller may see that matches the filters, one JSON array written as the rows are read.</summary>
    public static Ok<IAsyncEnumerable<ProjectListItem>> ListProjects(
        ClaimsPrincipal principal, IMediator mediator, string? search, ProjectStage? stage, string? department, bool? overdue, bool? fundingHeld)
    {
        var caller = Caller.From(principal);
        return TypedResults.Ok(mediator.CreateStream(new ListProjects(
            search, stage, string.IsNullOrWhiteSpace(department) ? null : department, overdue, fundingHeld, ProjectAccess.VisibleDepartment(caller))));
    }

    /// <summary>One page of the projects the caller may see that match the filters, and how many match in all.</summary>
    public static async Task<Ok<ProjectPage>> PageProjects(ClaimsPrincipal principal, IMediator mediator, [AsParameters] ProjectListQuery request) =>
        TypedResults.Ok(await mediator.Send(request.ToQuery(Caller.From(principal))));

    /// <summary>One page of the project's history and how many entries match in all; 403 for a project the caller may not see.</summary>
    public static async Task<Ok<ProjectHistoryPage>> PageHistory(Guid id, ClaimsPrincipal principal, IMediator mediator, [AsParameters] ProjectHistoryQuery request)
    {
        var caller = Caller.From(principal);
        var query = request.ToQuery(id, caller);
        ProjectAccess.EnsureCanView(caller, await mediator.Send(new GetProjectDepartments(id)));
        return TypedResults.Ok(await mediator.Send(query));
    }

    /// <summary>With documents (no content), filings, deadlines, funding status, history and instances.</summary>
    public static async Task<Ok<ProjectDetails>> GetProject(Guid id, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        var departments = await mediator.Send(new GetProjectDepartments(id));
        ProjectAccess.EnsureCanView(caller, departments);
        var details = await mediator.Send(new GetProjectDetails(id));
        var canRevise = details.Revision.Open && caller.IsDepartmentScoped && caller.DepartmentCode == departments.LeadDepartmentCode;
        // The lead's assessment (art. 30) and its other projects' key-project evaluations (art. 27) are the reviewers', not a co-builder's.
        var mayReadAssessments = ProjectAccess.MayReadAssessmentOf(caller, departments.LeadDepartmentCode);
        return TypedResults.Ok(details with
        {
            Revision = details.Revision with { CanRevise = canRevise },
            PriorDepartmentAssessment = mayReadAssessments ? details.PriorDepartmentAssessment : null,
            DepartmentKeyProjectEvaluations = mayReadAssessments ? details.DepartmentKeyProjectEvaluations : null,
        });
    }

    /// <summary>
    /// The lead department revises every part of its application while a return is open (403 for anyone else, 409 when
    /// no return is open, 400 keyed by field and article); the lead department itself cannot change.
    /// </summary>
    public static async Task<Ok<ProjectDetails>> ReviseApplication(Guid id, ProjectApplication application, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        ProjectAccess.EnsureCanView(caller, await mediator.Send(new GetProjectDepartments(id)));
        await mediator.Send(new ReviseApplication(id, application, caller.IsDepartmentScoped ? caller.DepartmentCode : null, caller.UserName));
        return await GetProject(id, principal, mediator);
    }

    /// <summary>Art. 11: only the bureau records the justified exception for a project that shares nothing (403 for anyone else).</summary>
    public static async Task<Ok<ProjectDetails>> RecordSharingException(Guid id, SharingExceptionRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        if (!caller.Roles.Contains(ProjectRoles.Bureau))
            throw new ForbiddenException("只有主管部门可以记录不互联共享例外 (only the bureau records a sharing exception)");
        await mediator.Send(new RecordSharingException(id, request.Reason, caller.UserName));
        return await GetProject(id, principal, mediator);
    }

    public static async Task<Created<ProjectRegistered>> RegisterProject(RegisterProjectRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        var application = caller.IsDepartmentScoped ? request.Application with { LeadDepartmentCode = caller.DepartmentCode ?? "" } : request.Application;
        var id = await mediator.Send(new RegisterProject(request.Code, application, caller.UserName));
        return TypedResults.Created($"/api/projects/{id}", new ProjectRegistered(id));
    }
}
