using System.Security.Claims;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Host.Forms;
using Workflows.Persistence.Tasks;
using Workflows.Projects.Tasks.Commands.CompleteTaskUnlessRulesFail;
using Workflows.Runtime.Common;
using Workflows.Runtime.Tasks.ClaimTask;
using Workflows.Runtime.Tasks.GetTask;
using Workflows.Runtime.Tasks.UnclaimTask;

namespace Workflows.Host.Endpoints;

/// <summary>Claiming, giving back and completing a task, each after checking the caller may.</summary>
public static class TaskActionEndpoints
{
    public sealed record CompleteTaskRequest(Dictionary<string, JsonElement>? Variables);

    public sealed record TaskCompleted(Guid TaskId, Guid InstanceId);

    public static RouteGroupBuilder MapTaskActions(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/claim", ClaimTask);
        group.MapPost("/{id:guid}/unclaim", UnclaimTask);
        group.MapPost("/{id:guid}/complete", CompleteTask);
        return group;
    }

    public static async Task<NoContent> ClaimTask(Guid id, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        TaskAccess.EnsureCanClaim(caller, await mediator.Send(new GetTask(id)));
        await mediator.Send(new ClaimTask(id, caller.UserName));
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> UnclaimTask(Guid id, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        TaskAccess.EnsureCanUnclaim(caller, await mediator.Send(new GetTask(id)));
        await mediator.Send(new UnclaimTask(id, caller.UserName));
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<TaskCompleted>, ValidationProblem>> CompleteTask(
        Guid id, CompleteTaskRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        var task = await mediator.Send(new GetTask(id));
        TaskAccess.EnsureCanAct(caller, task);
        EnsureOpen(task);
        var variables = request.Variables ?? [];
        var errors = task.FormSchema is null
            ? ReservedVariables.Check(variables)
            : FormValidator.Validate(JsonDocument.Parse(task.FormSchema).RootElement, variables);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "表单数据无效 (invalid form data)");
        }

        // A broken rule of the measures refuses the completion (400 keyed by article) instead of sending the task back.
        await mediator.Send(new CompleteTaskUnlessRulesFail(id, variables, caller.UserName));
        return TypedResults.Ok(new TaskCompleted(id, task.Task.InstanceId));
    }

    private static void EnsureOpen(TaskDetails task)
    {
        switch (task.Task.Status)
        {
            case UserTaskStatus.Completed:
                throw new TaskAlreadyCompletedException(task.Task.Id, task.Task.CompletedBy);
            case UserTaskStatus.Cancelled:
                throw new ConflictException($"Task {task.Task.Id} was cancelled.");
        }
    }
}
