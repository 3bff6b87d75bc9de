using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Projects.Domain.Planning;
using Workflows.Projects.Planning.Commands.DraftPlanEntry;
using Workflows.Projects.Planning.Commands.RevisePlanEntry;
using Workflows.Projects.Planning.Commands.SubmitAnnualPlan;
using Workflows.Projects.Planning.Commands.WithdrawPlanEntry;
using Workflows.Projects.Planning.Queries.GetAnnualPlan;
using Workflows.Projects.Planning.Queries.ListPublishedPlanEntries;
using Workflows.Runtime.Common;
using Workflows.Runtime.Instances.StartInstance;

namespace Workflows.Host.Endpoints;

/// <summary>
/// The annual plan (年度计划, art. 7): departments and townships draft their entries and submit them (the <c>annual-plan</c>
/// process); the bureau, the reviewers and the county government read every department's, a clerk only its own.
/// </summary>
public static class PlanEndpoints
{
    public sealed record PlanEntryRequest(string Name, string? Description, decimal EstimatedBudget);

    public sealed record PlanEntryDrafted(Guid Id);

    public static RouteGroupBuilder MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plans").WithTags("Plans");
        group.MapGet("/published-entries", ListPublishedEntries);
        group.MapGet("/{year:int}", GetAnnualPlan);
        group.MapPost("/{year:int}/entries", DraftEntry);
        group.MapPut("/{year:int}/entries/{id:guid}", ReviseEntry);
        group.MapDelete("/{year:int}/entries/{id:guid}", WithdrawEntry);
        group.MapPost("/{year:int}/submission", Submit);
        return group;
    }

    public static async Task<Ok<AnnualPlan>> GetAnnualPlan(int year, ClaimsPrincipal principal, IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new GetAnnualPlan(year, ProjectAccess.VisibleDepartment(Caller.From(principal)))));

    /// <summary>
    /// The published entries a registration of <paramref name="departmentCode"/> may link (a clerk: its own department's), with the
    /// one <paramref name="projectId"/> carries out when it is revised.
    /// </summary>
    public static async Task<Ok<IReadOnlyList<PlanEntry>>> ListPublishedEntries(
        string? departmentCode, Guid? projectId, ClaimsPrincipal principal, IMediator mediator)
    {
        var department = ProjectAccess.VisibleDepartment(Caller.From(principal)) ?? departmentCode;
        if (string.IsNullOrWhiteSpace(department))
            throw new InvalidRequestException([new Problem("departmentCode", "请指定部门 (name the department)")]);
        return TypedResults.Ok(await mediator.Send(new ListPublishedPlanEntries(department, projectId)));
    }

    public static async Task<Created<PlanEntryDrafted>> DraftEntry(int year, PlanEntryRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var department = OwnDepartment(principal);
        var id = await mediator.Send(new DraftPlanEntry(year, department, request.Name, request.Description, request.EstimatedBudget));
        return TypedResults.Created($"/api/plans/{year}/entries/{id}", new PlanEntryDrafted(id));
    }

    public static async Task<NoContent> ReviseEntry(int year, Guid id, PlanEntryRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        await mediator.Send(new RevisePlanEntry(year, id, OwnDepartment(principal), request.Name, request.Description, request.EstimatedBudget));
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> WithdrawEntry(int year, Guid id, ClaimsPrincipal principal, IMediator mediator)
    {
        await mediator.Send(new WithdrawPlanEntry(year, id, OwnDepartment(principal)));
        return TypedResults.NoContent();
    }

    /// <summary>Starts the <c>annual-plan</c> process for the caller's department and the year.</summary>
    public static async Task<Created<StartedInstance>> Submit(int year, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        var started = await mediator.Send(new SubmitAnnualPlan(year, OwnDepartment(principal), caller.UserName));
        return TypedResults.Created($"/api/instances/{started.InstanceId}", started);
    }

    /// <summary>Only a department or township drafts and submits its plan, always its own (403 for anyone else).</summary>
    private static string OwnDepartment(ClaimsPrincipal principal)
    {
        var caller = Caller.From(principal);
        return caller.IsDepartmentScoped && caller.DepartmentCode is { } department
            ? department
            : throw new ForbiddenException("只有县直部门和乡镇报送本单位的年度计划 (only a department or township submits its own annual plan)");
    }
}
