using System.Security.Claims;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Workflows.Host.Authorization;
using Workflows.Host.Forms;
using Workflows.Persistence.Identity;
using Workflows.Persistence.Tasks;
using Workflows.Projects.Tasks.Commands.CompleteTaskUnlessRulesFail;
using Workflows.Runtime.Common;
using Workflows.Runtime.Tasks.AssignTask;
using Workflows.Runtime.Tasks.ClaimTask;
using Workflows.Runtime.Tasks.DelegateTask;
using Workflows.Runtime.Tasks.GetTask;
using Workflows.Runtime.Tasks.ResolveTask;
using Workflows.Runtime.Tasks.UnclaimTask;

namespace Workflows.Host.Endpoints;

/// <summary>
/// Claiming, giving back and completing a task; a group leader assigning or delegating it to a member, and the delegate
/// resolving it back to its owner (Camunda's semantics); each after checking the caller may.
/// </summary>
public static class TaskActionEndpoints
{
    public sealed record CompleteTaskRequest(Dictionary<string, JsonElement>? Variables);

    public sealed record TaskCompleted(Guid TaskId, Guid InstanceId);

    /// <summary>The member a leader assigns or delegates the task to.</summary>
    public sealed record HandOverRequest(string? Assignee);

    public sealed record TaskMember(string UserName, string DisplayName);

    public static RouteGroupBuilder MapTaskActions(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/claim", ClaimTask);
        group.MapPost("/{id:guid}/unclaim", UnclaimTask);
        group.MapPost("/{id:guid}/complete", CompleteTask);
        group.MapGet("/{id:guid}/members", ListMembers);
        group.MapPost("/{id:guid}/assign", AssignTask);
        group.MapPost("/{id:guid}/delegate", DelegateTask);
        group.MapPost("/{id:guid}/resolve", ResolveTask);
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

    /// <summary>The users a leader of the task's group may hand it to, for the leader's choice.</summary>
    public static async Task<Ok<List<TaskMember>>> ListMembers(Guid id, ClaimsPrincipal principal, IMediator mediator, UserManager<WorkflowsUser> users)
    {
        var task = await mediator.Send(new GetTask(id));
        TaskAccess.EnsureLeads(Caller.From(principal), task);
        var candidates = new Dictionary<string, WorkflowsUser>();
        foreach (var group in task.CandidateGroups)
        {
            foreach (var user in await users.GetUsersInRoleAsync(group))
            {
                candidates.TryAdd(user.UserName!, user);
            }
        }

        foreach (var name in task.CandidateUsers.Where(name => !candidates.ContainsKey(name)))
        {
            if (await users.FindByNameAsync(name) is { } user)
            {
                candidates.Add(name, user);
            }
        }

        var members = new List<TaskMember>();
        foreach (var user in candidates.Values.OrderBy(user => user.UserName, StringComparer.Ordinal))
        {
            if (TaskAccess.IsMember(await CallerOf(users, user), task))
            {
                members.Add(new TaskMember(user.UserName!, string.IsNullOrEmpty(user.DisplayName) ? user.UserName! : user.DisplayName));
            }
        }

        return TypedResults.Ok(members);
    }

    /// <summary>A leader of the task's group makes a member its assignee: 403 for anyone else, 400 keyed <c>assignee</c> for a non-member.</summary>
    public static Task<Results<NoContent, ValidationProblem>> AssignTask(
        Guid id, HandOverRequest request, ClaimsPrincipal principal, IMediator mediator, UserManager<WorkflowsUser> users) =>
        HandOverAsync(id, request, principal, mediator, users, (member, leader) => mediator.Send(new AssignTask(id, member, leader)));

    /// <summary>A leader of the task's group delegates it to a member; the task keeps its owner and returns there when resolved.</summary>
    public static Task<Results<NoContent, ValidationProblem>> DelegateTask(
        Guid id, HandOverRequest request, ClaimsPrincipal principal, IMediator mediator, UserManager<WorkflowsUser> users) =>
        HandOverAsync(id, request, principal, mediator, users, (member, leader) => mediator.Send(new DelegateTask(id, member, leader)));

    /// <summary>What assigning and delegating share: the caller leads the open task's group and names one of its members.</summary>
    private static async Task<Results<NoContent, ValidationProblem>> HandOverAsync(
        Guid id, HandOverRequest request, ClaimsPrincipal principal, IMediator mediator, UserManager<WorkflowsUser> users,
        Func<string, string, ValueTask<Unit>> handOver)
    {
        var caller = Caller.From(principal);
        var task = await mediator.Send(new GetTask(id));
        TaskAccess.EnsureLeads(caller, task);
        EnsureOpen(task);
        var (problem, member) = await FindMemberAsync(request, task, users);
        if (problem is not null)
        {
            return problem;
        }

        await handOver(member!, caller.UserName);
        return TypedResults.NoContent();
    }

    /// <summary>The delegate gives the task back to its owner; the command refuses anyone else (403) and a task not delegated (409).</summary>
    public static async Task<NoContent> ResolveTask(Guid id, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        TaskAccess.EnsureCanView(caller, await mediator.Send(new GetTask(id)));
        await mediator.Send(new ResolveTask(id, caller.UserName));
        return TypedResults.NoContent();
    }

    /// <summary>The member's user name as stored, or the problem keyed <c>assignee</c> that refuses the request.</summary>
    private static async Task<(ValidationProblem? Problem, string? Member)> FindMemberAsync(
        HandOverRequest request, TaskDetails task, UserManager<WorkflowsUser> users)
    {
        if (string.IsNullOrWhiteSpace(request.Assignee))
        {
            return (AssigneeProblem("请选择办理人 (choose the member to hand the task to)"), null);
        }

        if (await users.FindByNameAsync(request.Assignee) is not { } user)
        {
            return (AssigneeProblem($"用户 {request.Assignee} 不存在 (no such user)"), null);
        }

        return TaskAccess.IsMember(await CallerOf(users, user), task)
            ? (null, user.UserName)
            : (AssigneeProblem($"{request.Assignee} 不是该任务所属组的成员 (not a member of the task's group)"), null);
    }

    private static ValidationProblem AssigneeProblem(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["assignee"] = [message] }, title: "办理人无效 (invalid assignee)");

    private static async Task<Caller> CallerOf(UserManager<WorkflowsUser> users, WorkflowsUser user) =>
        new(user.UserName!, [.. await users.GetRolesAsync(user)], user.DepartmentCode, user.IsLeader);

    public static async Task<Results<Ok<TaskCompleted>, ValidationProblem>> CompleteTask(
        Guid id, CompleteTaskRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        var task = await mediator.Send(new GetTask(id, WithVariables: false));
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
