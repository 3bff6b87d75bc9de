using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Workflows.Host.Authorization;
using Workflows.Host.Security;
using Workflows.Persistence.Identity;
using Workflows.Runtime.ExternalTasks.Common;

namespace Workflows.Host.Endpoints;

/// <summary>The topic allow-list of a worker account (<see cref="WorkerRole"/>): the external tasks it may fetch and act on.</summary>
public static class WorkerTopicEndpoints
{
    private const int MaxTopicLength = 200;

    public sealed record WorkerTopicsRequest(List<string> Topics);

    public sealed record WorkerTopicsResponse(string UserName, IReadOnlyList<string> Topics);

    public static RouteGroupBuilder MapWorkerTopicEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/users/{userName}/topics").WithTags("Admin").RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapGet("/", GetTopics);
        group.MapPut("/", SetTopics);
        return group;
    }

    public static async Task<Results<Ok<WorkerTopicsResponse>, NotFound>> GetTopics(string userName, UserManager<WorkflowsUser> users) =>
        await users.FindByNameAsync(userName) is { } user
            ? TypedResults.Ok(new WorkerTopicsResponse(user.UserName!, await TopicsOfAsync(users, user)))
            : TypedResults.NotFound();

    /// <summary>Replaces the allow-list; the account takes effect at its next call (each command reads the list).</summary>
    public static async Task<Results<Ok<WorkerTopicsResponse>, NotFound, ValidationProblem>> SetTopics(
        string userName, WorkerTopicsRequest request, UserManager<WorkflowsUser> users, HttpContext context, SecurityEvents events)
    {
        var topics = request.Topics.Select(topic => topic?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        if (topics.Any(topic => topic.Length is 0 or > MaxTopicLength))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["topics"] = ["主题名称为空或过长 (a topic name is empty or too long)"] });
        }

        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return TypedResults.NotFound();
        }

        var current = (await users.GetClaimsAsync(user)).Where(claim => claim.Type == WorkerTopics.ClaimType).ToList();
        await users.RemoveClaimsAsync(user, current);
        await users.AddClaimsAsync(user, topics.Select(topic => new Claim(WorkerTopics.ClaimType, topic)));
        await events.RecordAsync(
            SecurityEvent.Of(context, SecurityEventKind.WorkerTopicsChanged, context.User.Identity?.Name, detail: $"{userName}: {string.Join(",", topics)}"),
            CancellationToken.None);
        return TypedResults.Ok(new WorkerTopicsResponse(user.UserName!, await TopicsOfAsync(users, user)));
    }

    private static async Task<IReadOnlyList<string>> TopicsOfAsync(UserManager<WorkflowsUser> users, WorkflowsUser user) =>
        [.. (await users.GetClaimsAsync(user)).Where(claim => claim.Type == WorkerTopics.ClaimType).Select(claim => claim.Value).Order(StringComparer.Ordinal)];
}
