using System.Security.Claims;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Persistence.Tasks;
using Workflows.Projects.Projects.Queries.Deadlines;
using Workflows.Runtime.Tasks.GetTask;

namespace Workflows.Host.Endpoints;

/// <summary>The inbox: the tasks the caller may see, one task with its form.</summary>
public static class TaskEndpoints
{
    public sealed record TaskItemPage(IReadOnlyList<TaskItem> Items, int Total, bool TotalCapped);

    public sealed record TaskResponse(
        TaskItem Task,
        IReadOnlyList<string> CandidateUsers,
        IReadOnlyList<string> CandidateGroups,
        IReadOnlyDictionary<string, JsonElement> Variables,
        JsonElement? FormSchema,
        string? DepartmentCode);

    public static RouteGroupBuilder MapTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks");
        group.MapGet("/", ListTasks);
        group.MapGet("/{id:guid}", GetTask);
        group.MapTaskActions();
        group.MapTaskAttachments();
        return group;
    }

    public static async Task<Ok<TaskItemPage>> ListTasks(
        ClaimsPrincipal principal, IMediator mediator, DeadlineClock clock, string? status, string? definitionKey, string? businessKey, int? skip, int? take)
    {
        var caller = Caller.From(principal);
        var query = VisibleTasks.For(caller) with
        {
            Status = ParseStatus(status), DefinitionKey = definitionKey, BusinessKey = businessKey, Skip = skip ?? 0, Take = take ?? 50,
        };
        var page = await mediator.Send(query);
        return TypedResults.Ok(new TaskItemPage([.. page.Items.Select(task => TaskItem.From(task, clock))], page.Total, page.TotalCapped));
    }

    public static async Task<Ok<TaskResponse>> GetTask(Guid id, ClaimsPrincipal principal, IMediator mediator, DeadlineClock clock)
    {
        var task = await mediator.Send(new GetTask(id));
        TaskAccess.EnsureCanView(Caller.From(principal), task);
        return TypedResults.Ok(new TaskResponse(
            TaskItem.From(task.Task, clock),
            task.CandidateUsers,
            task.CandidateGroups,
            task.Variables,
            task.FormSchema is null ? null : JsonDocument.Parse(task.FormSchema).RootElement,
            task.DepartmentCode));
    }

    /// <summary><c>open</c> (the default), <c>completed</c>, <c>cancelled</c> or <c>all</c>.</summary>
    private static UserTaskStatus? ParseStatus(string? status) => status?.ToLowerInvariant() switch
    {
        null or "" or "open" => UserTaskStatus.Open,
        "all" => null,
        _ when Enum.TryParse<UserTaskStatus>(status, ignoreCase: true, out var parsed) => parsed,
        _ => throw new BadHttpRequestException($"Unknown task status '{status}': use open, completed, cancelled or all."),
    };
}
