using System.Security.Claims;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Host.Forms;
using Workflows.Host.Requests;
using Workflows.Persistence.History;
using Workflows.Runtime.Common;
using Workflows.Runtime.ExternalTasks.Common;
using Workflows.Runtime.ExternalTasks.CompleteExternalTask;
using Workflows.Runtime.ExternalTasks.ExtendExternalTaskLock;
using Workflows.Runtime.ExternalTasks.FetchAndLock;
using Workflows.Runtime.ExternalTasks.HandleExternalTaskBpmnError;
using Workflows.Runtime.ExternalTasks.HandleExternalTaskFailure;
using Workflows.Runtime.ExternalTasks.ListExternalTasks;

namespace Workflows.Host.Endpoints;

/// <summary>
/// External task workers, in the shape of Camunda 7's REST API: a worker account fetches and locks the tasks of the
/// topics on its allow-list, then completes them, reports a failure or a BPMN error, or extends its lock. Durations are
/// milliseconds. Administrators list the open tasks.
/// </summary>
public static class ExternalTaskEndpoints
{
    private const int MaxTasksPerFetch = 100;
    private const int MaxNameLength = 200;
    private const int MaxErrorDetailsLength = 100_000;
    private static readonly TimeSpan MaxDuration = TimeSpan.FromDays(30);

    /// <summary>A variable in Camunda's shape; <see cref="Type"/> is informative except <c>Json</c> sent as a string.</summary>
    public sealed record TypedValue(JsonElement? Value, string? Type);

    public sealed record FetchTopicRequest(string TopicName, long LockDuration, List<string>? Variables);

    public sealed record FetchAndLockRequest(string WorkerId, int MaxTasks, bool? UsePriority, List<FetchTopicRequest> Topics);

    public sealed record LockedExternalTaskResponse(
        Guid Id, string TopicName, string WorkerId, DateTimeOffset LockExpirationTime, Guid ProcessInstanceId, string ProcessDefinitionKey,
        string ActivityId, Guid ExecutionId, string? BusinessKey, int? Retries, string? ErrorMessage, long Priority,
        Dictionary<string, TypedValue> Variables);

    public sealed record CompleteExternalTaskRequest(string WorkerId, Dictionary<string, TypedValue>? Variables);

    /// <summary><see cref="Retries"/> left after this failure (0 raises an incident); <see cref="RetryTimeout"/> in milliseconds
    /// before the task may be fetched again.</summary>
    public sealed record ExternalTaskFailureRequest(string WorkerId, string? ErrorMessage, string? ErrorDetails, int? Retries, long? RetryTimeout);

    /// <summary>The error code alone decides which boundary catches; <see cref="ErrorMessage"/> is kept in the instance's history.</summary>
    public sealed record ExternalTaskBpmnErrorRequest(string WorkerId, string ErrorCode, string? ErrorMessage, Dictionary<string, TypedValue>? Variables);

    public sealed record ExtendLockRequest(string WorkerId, long NewDuration);

    public static RouteGroupBuilder MapExternalTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/external-tasks").WithTags("External tasks");
        group.MapGet("/", ListExternalTasks).RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapPost("/fetchAndLock", FetchAndLock).RequireAuthorization(WorkflowsPolicies.Worker);
        group.MapPost("/{id:guid}/complete", Complete).RequireAuthorization(WorkflowsPolicies.Worker);
        group.MapPost("/{id:guid}/failure", Failure).RequireAuthorization(WorkflowsPolicies.Worker);
        group.MapPost("/{id:guid}/bpmnError", BpmnError).RequireAuthorization(WorkflowsPolicies.Worker);
        group.MapPost("/{id:guid}/extendLock", ExtendLock).RequireAuthorization(WorkflowsPolicies.Worker);
        return group;
    }

    /// <summary>Open external tasks, oldest first, of one topic or instance if asked.</summary>
    public static async Task<Ok<IReadOnlyList<ExternalTaskItem>>> ListExternalTasks(
        string? topicName, Guid? processInstanceId, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListExternalTasks(string.IsNullOrWhiteSpace(topicName) ? null : topicName.Trim(), processInstanceId), cancellationToken));

    /// <summary>Locks up to <c>maxTasks</c> free tasks of the topics for the worker: 403 for a topic not on the account's allow-list.</summary>
    public static async Task<Ok<List<LockedExternalTaskResponse>>> FetchAndLock(
        FetchAndLockRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        var worker = Worker(request.WorkerId, principal, problems);
        if (request.MaxTasks is < 1 or > MaxTasksPerFetch)
        {
            problems.Add(new Problem("maxTasks", $"maxTasks 应在 1 到 {MaxTasksPerFetch} 之间 (maxTasks must be 1 to {MaxTasksPerFetch})"));
        }

        if (request.Topics.Count == 0)
        {
            problems.Add(new Problem("topics", "至少需要一个主题 (at least one topic)"));
        }

        var topics = new List<FetchTopic>();
        foreach (var (topic, index) in request.Topics.Select((topic, index) => (topic, index)))
        {
            if (string.IsNullOrWhiteSpace(topic.TopicName) || topic.TopicName.Length > MaxNameLength)
            {
                problems.Add(new Problem($"topics[{index}].topicName", "主题名称为空或过长 (topic name empty or too long)"));
            }
            else if (topics.Any(known => known.TopicName == topic.TopicName))
            {
                problems.Add(new Problem($"topics[{index}].topicName", "主题重复 (topic listed twice)"));
            }

            topics.Add(new FetchTopic(topic.TopicName, Duration(topic.LockDuration, $"topics[{index}].lockDuration", problems), topic.Variables));
        }

        Refuse(problems);
        var locked = await mediator.Send(new FetchAndLock(worker, request.MaxTasks, request.UsePriority ?? false, topics), cancellationToken);
        return TypedResults.Ok(locked.Select(task => new LockedExternalTaskResponse(
            task.Id, task.TopicName, task.WorkerId, task.LockExpirationTime, task.ProcessInstanceId, task.ProcessDefinitionKey, task.ActivityId,
            task.ExecutionId, task.BusinessKey, task.Retries, task.ErrorMessage, task.Priority, CamundaVariables.ToTyped(task.Variables))).ToList());
    }

    /// <summary>Completes a task the worker holds, with variables: 404 unknown, 403 topic not allowed, 409 not locked by this worker or lock expired.</summary>
    public static async Task<NoContent> Complete(
        Guid id, CompleteExternalTaskRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        var worker = Worker(request.WorkerId, principal, problems);
        var variables = Variables(request.Variables, problems);
        Refuse(problems);
        await mediator.Send(new CompleteExternalTask(id, worker, variables), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Reports a failure: with retries left the task is fetchable again after <c>retryTimeout</c>; with 0 an incident is raised.</summary>
    public static async Task<NoContent> Failure(
        Guid id, ExternalTaskFailureRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        var worker = Worker(request.WorkerId, principal, problems);
        if (request.Retries is not >= 0)
        {
            problems.Add(new Problem("retries", "retries 必填且不能为负 (retries is required and not negative)"));
        }

        var retryTimeout = request.RetryTimeout is { } timeout && timeout != 0 ? Duration(timeout, "retryTimeout", problems) : TimeSpan.Zero;
        if (request.ErrorMessage is { Length: > 4000 })
        {
            problems.Add(new Problem("errorMessage", "错误信息过长 (error message over 4000 characters)"));
        }

        if (request.ErrorDetails is { Length: > MaxErrorDetailsLength })
        {
            problems.Add(new Problem("errorDetails", "错误详情过长 (error details too long)"));
        }

        Refuse(problems);
        var message = string.IsNullOrWhiteSpace(request.ErrorMessage) ? "(no error message)" : request.ErrorMessage.Trim();
        await mediator.Send(new HandleExternalTaskFailure(id, worker, message, request.ErrorDetails, request.Retries!.Value, retryTimeout), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Reports a BPMN error, caught by an error boundary event on (or around) the task; uncaught, an incident.</summary>
    public static async Task<NoContent> BpmnError(
        Guid id, ExternalTaskBpmnErrorRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        var worker = Worker(request.WorkerId, principal, problems);
        if (string.IsNullOrWhiteSpace(request.ErrorCode) || request.ErrorCode.Length > MaxNameLength)
        {
            problems.Add(new Problem("errorCode", "errorCode 为空或过长 (errorCode empty or too long)"));
        }

        if (request.ErrorMessage is { Length: > HistoryEntry.MaxErrorMessageLength })
        {
            problems.Add(new Problem("errorMessage", "错误信息过长 (error message over 2000 characters)"));
        }

        var variables = Variables(request.Variables, problems);
        Refuse(problems);
        await mediator.Send(new HandleExternalTaskBpmnError(id, worker, request.ErrorCode.Trim(),
            string.IsNullOrWhiteSpace(request.ErrorMessage) ? null : request.ErrorMessage.Trim(), variables), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Keeps an unexpired lock for <c>newDuration</c> milliseconds from now.</summary>
    public static async Task<NoContent> ExtendLock(
        Guid id, ExtendLockRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        var worker = Worker(request.WorkerId, principal, problems);
        var duration = Duration(request.NewDuration, "newDuration", problems);
        Refuse(problems);
        await mediator.Send(new ExtendExternalTaskLock(id, worker, duration), cancellationToken);
        return TypedResults.NoContent();
    }

    private static ExternalTaskWorker Worker(string workerId, ClaimsPrincipal principal, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(workerId) || workerId.Length > MaxNameLength)
        {
            problems.Add(new Problem("workerId", "workerId 为空或过长 (workerId empty or too long)"));
        }

        return new ExternalTaskWorker(workerId, Caller.From(principal).UserName);
    }

    private static TimeSpan Duration(long milliseconds, string key, List<Problem> problems)
    {
        if (milliseconds > 0 && milliseconds <= MaxDuration.TotalMilliseconds)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        problems.Add(new Problem(key, "时长应为 1 毫秒到 30 天 (a duration of 1 ms to 30 days, in milliseconds)"));
        return TimeSpan.Zero;
    }

    private static Dictionary<string, JsonElement>? Variables(Dictionary<string, TypedValue>? typed, List<Problem> problems)
    {
        var variables = CamundaVariables.FromTyped(typed);
        foreach (var (name, messages) in ReservedVariables.Check(variables ?? []))
        {
            problems.AddRange(messages.Select(message => new Problem($"variables.{name}", message)));
        }

        return variables;
    }

    private static void Refuse(List<Problem> problems)
    {
        if (problems.Count > 0)
        {
            throw new InvalidRequestException(problems);
        }
    }
}
