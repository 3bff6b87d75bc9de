using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Runtime.Common;
using Workflows.Runtime.Jobs.ListJobs;
using Workflows.Runtime.Jobs.RetryJob;

namespace Workflows.Host.Endpoints;

/// <summary>Jobs and timers for the operations console: due, scheduled, running and failed, with a retry of a failed one.
/// These rows are the timers; Hangfire's dashboard shows only the recurring timer poll and the mail jobs.</summary>
public static class JobEndpoints
{
    public static RouteGroupBuilder MapJobEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/jobs").WithTags("Jobs").RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapGet("/", ListJobs);
        group.MapPost("/{id:guid}/retry", RetryJob);
        return group;
    }

    /// <summary><paramref name="status"/>: <c>due</c> (default), <c>scheduled</c>, <c>running</c> or <c>failed</c>; the counts of each come along.</summary>
    public static async Task<Ok<JobPage>> ListJobs(
        string? status, Guid? instanceId, int? skip, int? take, IMediator mediator, CancellationToken cancellationToken)
    {
        var state = JobState.Due;
        if (!string.IsNullOrEmpty(status) && (!Enum.TryParse(status, ignoreCase: true, out state) || !Enum.IsDefined(state) || char.IsDigit(status[0])))
            throw new InvalidRequestException([new Problem("status", $"未知的作业状态 {status}，应为 due、scheduled、running 或 failed (unknown job status; use due, scheduled, running or failed)")]);
        return TypedResults.Ok(await mediator.Send(new ListJobs(state, instanceId, skip ?? 0, take ?? 50), cancellationToken));
    }

    /// <summary>Runs a failed job again now with fresh retries: 404 unknown, 409 not failed.</summary>
    public static async Task<NoContent> RetryJob(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RetryJob(id, Caller.From(principal).UserName), cancellationToken);
        return TypedResults.NoContent();
    }
}
