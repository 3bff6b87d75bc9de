using System.Security.Claims;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Engine.Execution;
using Workflows.Host.Authorization;
using Workflows.Host.Requests;
using Workflows.Projects.Planning;
using Workflows.Projects.Projects.Commands.StartProjectProcess;
using Workflows.Projects.Projects.Queries.GetProjectDepartments;
using Workflows.Runtime.Common;
using Workflows.Runtime.Durable;
using Workflows.Runtime.Instances.CancelInstance;
using Workflows.Runtime.Instances.GetInstance;
using Workflows.Runtime.Instances.ListInstances;
using Workflows.Runtime.Instances.PageInstanceHistory;
using Workflows.Runtime.Instances.SignalReceiveTask;
using Workflows.Runtime.Instances.StartInstance;

namespace Workflows.Host.Endpoints;

/// <summary>Starting, listing and inspecting process instances; clerks only reach their own department's.</summary>
public static class InstanceEndpoints
{
    /// <param name="FailWhenNoFlowMatches">true: a gateway with no matching flow fails the start with 400 and nothing
    /// is saved (Camunda's behaviour); false (default): the instance starts and holds an incident at the gateway.</param>
    public sealed record StartInstanceRequest(string DefinitionKey, int? Version, string? BusinessKey, Dictionary<string, JsonElement>? Variables, bool FailWhenNoFlowMatches = false);

    public sealed record CancelInstanceRequest(string? Reason);

    public sealed record SignalRequest(string ActivityId, Dictionary<string, JsonElement>? Variables);

    public static RouteGroupBuilder MapInstanceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/instances").WithTags("Instances");
        group.MapPost("/", StartInstance);
        group.MapGet("/", ListInstances);
        group.MapGet("/page", PageInstances);
        group.MapGet("/{id:guid}", GetInstance);
        group.MapGet("/{id:guid}/history", PageHistory);
        group.MapPost("/{id:guid}/cancel", CancelInstance).RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapPost("/{id:guid}/signal", SignalReceiveTask).RequireAuthorization(WorkflowsPolicies.Admin);
        return group;
    }

    public static async Task<Created<StartedInstance>> StartInstance(
        StartInstanceRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        if (request.DefinitionKey == AnnualPlanProcess.Key)
            throw new ForbiddenException("年度计划须在年度计划页面报送 (an annual plan is submitted with POST /api/plans/{year}/submission)");
        var caller = Caller.From(principal);
        var variables = new Dictionary<string, JsonElement>(request.Variables ?? []);
        if (caller.IsDepartmentScoped)
        {
            // A clerk always starts for their own department, whatever the request says.
            variables[DepartmentVariable.Name] = JsonSerializer.SerializeToElement(caller.DepartmentCode);
        }

        await ProjectBinding.EnsureCanBindAsync(caller, request.BusinessKey, variables, mediator, cancellationToken);
        var started = ProjectBoundStarts.IsProjectBound(request.DefinitionKey)
            ? await StartProjectProcessAsync(request, variables, caller, mediator, cancellationToken)
            : await mediator.Send(new StartInstance(request.DefinitionKey, request.Version, request.BusinessKey, variables, caller.UserName, request.FailWhenNoFlowMatches), cancellationToken);
        return TypedResults.Created($"/api/instances/{started.InstanceId}", started);
    }

    /// <summary>A process of one project: by the role that may, with an existing project bound; the business key becomes the project id.</summary>
    private static async Task<StartedInstance> StartProjectProcessAsync(
        StartInstanceRequest request, Dictionary<string, JsonElement> variables, Caller caller, IMediator mediator, CancellationToken cancellationToken)
    {
        ProjectBoundStarts.EnsureMayStart(caller, request.DefinitionKey);
        var projectId = ProjectBoundStarts.ProjectOf(variables, request.DefinitionKey);
        try
        {
            await mediator.Send(new GetProjectDepartments(projectId), cancellationToken);
        }
        catch (NotFoundException)
        {
            throw new InvalidRequestException([new Problem("projectId", $"项目 {projectId} 不存在 (no such project)")]);
        }

        return await mediator.Send(new StartProjectProcess(request.DefinitionKey, request.Version, projectId, variables, caller.UserName), cancellationToken);
    }

    /// <summary>A bare list (the original shape); <see cref="PageInstances"/> answers the same with the total count.</summary>
    public static async Task<Ok<IReadOnlyList<InstanceSummary>>> ListInstances(
        ClaimsPrincipal principal, IMediator mediator, [AsParameters] InstanceListQuery request, CancellationToken cancellationToken)
    {
        var query = await request.ToQueryAsync(Caller.From(principal), mediator, cancellationToken);
        return TypedResults.Ok(await mediator.Send(query, cancellationToken));
    }

    /// <summary>One page of the instances the filters match and how many match in all.</summary>
    public static async Task<Ok<InstancePage>> PageInstances(
        ClaimsPrincipal principal, IMediator mediator, [AsParameters] InstanceListQuery request, CancellationToken cancellationToken)
    {
        var query = await request.ToQueryAsync(Caller.From(principal), mediator, cancellationToken);
        return TypedResults.Ok(await mediator.Send(new PageInstances(query), cancellationToken));
    }

    public static async Task<Ok<InstanceDetails>> GetInstance(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var instance = await mediator.Send(new GetInstance(id), cancellationToken);
        await InstanceAccess.EnsureCanViewAsync(Caller.From(principal), instance, mediator, cancellationToken);
        return TypedResults.Ok(instance);
    }

    /// <summary>One page of the instance's history and how many entries it has in all; 403 for an instance the caller may not see.</summary>
    public static async Task<Ok<InstanceHistoryPage>> PageHistory(
        Guid id, ClaimsPrincipal principal, IMediator mediator, [AsParameters] InstanceHistoryQuery request, CancellationToken cancellationToken)
    {
        var query = request.ToQuery(id);
        var instance = await mediator.Send(new GetInstance(id, WithHistory: false), cancellationToken);
        await InstanceAccess.EnsureCanViewAsync(Caller.From(principal), instance, mediator, cancellationToken);
        return TypedResults.Ok(await mediator.Send(query, cancellationToken));
    }

    // The reason is optional, so the body is too: a body parameter would send a body-less POST to the API's 404.
    public static async Task<NoContent> CancelInstance(Guid id, HttpRequest http, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var request = await OptionalJsonBody.ReadAsync<CancelInstanceRequest>(http, cancellationToken);
        await mediator.Send(new CancelInstance(id, request?.Reason, Caller.From(principal).UserName), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Moves on the first token waiting at the receive task <c>activityId</c> (Camunda's execution signal):
    /// 404 unknown instance, 409 when no token waits there.</summary>
    public static async Task<NoContent> SignalReceiveTask(Guid id, SignalRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new SignalReceiveTask(id, request.ActivityId, request.Variables, Caller.From(principal).UserName), cancellationToken);
        return TypedResults.NoContent();
    }
}
