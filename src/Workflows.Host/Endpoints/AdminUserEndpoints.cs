using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workflows.Host.Authorization;
using Workflows.Host.Security;
using Workflows.Persistence.Identity;
using Workflows.Projects.Domain.Departments;
using Workflows.Persistence;

namespace Workflows.Host.Endpoints;

/// <summary>User and role administration for bureau administrators.</summary>
public static class AdminUserEndpoints
{
    public sealed record UserResponse(string UserName, string DisplayName, string? DepartmentCode, IReadOnlyList<string> Roles, bool LockedOut, bool Leader);

    public sealed record CreateUserRequest(
        string UserName, string DisplayName, string? DepartmentCode, string Password, IReadOnlyList<string> Roles, bool Leader = false);

    /// <summary>Whether the user leads their groups (in their department for department roles): assigns and delegates their tasks.</summary>
    public sealed record LeaderRequest(bool Leader);

    public static RouteGroupBuilder MapAdminUserEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").WithTags("Admin").RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapGet("/roles", ListRoles);
        group.MapGet("/users", ListUsers);
        group.MapPost("/users", CreateUser);
        group.MapPut("/users/{userName}/roles/{role}", AssignRole);
        group.MapDelete("/users/{userName}/roles/{role}", RemoveRole);
        group.MapPut("/users/{userName}/leader", SetLeader);
        return group;
    }

    public static Ok<IReadOnlyList<string>> ListRoles() => TypedResults.Ok(AdminRole.AllRoles);

    public static async Task<Ok<List<UserResponse>>> ListUsers(UserManager<WorkflowsUser> users, TimeProvider time)
    {
        var all = await users.Users.OrderBy(user => user.UserName).ToListAsync();
        var result = new List<UserResponse>();
        foreach (var user in all)
        {
            result.Add(await ToResponseAsync(users, user, time));
        }

        return TypedResults.Ok(result);
    }

    public static async Task<Results<Created<UserResponse>, ValidationProblem>> CreateUser(
        CreateUserRequest request, UserManager<WorkflowsUser> users, WorkflowsDbContext db, TimeProvider time, HttpContext context, SecurityEvents events)
    {
        var problems = new Dictionary<string, string[]>();
        if (request.Roles.FirstOrDefault(role => !AdminRole.AllRoles.Contains(role)) is { } unknownRole)
        {
            problems["roles"] = [$"未知角色 {unknownRole} (unknown role)"];
        }

        if (request.DepartmentCode is { } code && !await db.Set<Department>().AnyAsync(department => department.Code == code))
        {
            problems["departmentCode"] = [$"未知部门 {code} (unknown department)"];
        }

        var user = new WorkflowsUser
        {
            UserName = request.UserName, DisplayName = request.DisplayName, DepartmentCode = request.DepartmentCode, IsLeader = request.Leader,
        };
        var created = problems.Count == 0 ? await users.CreateAsync(user, request.Password) : null;
        if (created is { Succeeded: false })
        {
            problems["password"] = created.Errors.Select(error => error.Description).ToArray();
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        await users.AddToRolesAsync(user, request.Roles);
        await events.RecordAsync(
            SecurityEvent.Of(context, SecurityEventKind.UserCreated, context.User.Identity?.Name,
                detail: $"{user.UserName} with roles {string.Join(",", request.Roles)}" + (request.Leader ? ", leader" : "")),
            context.RequestAborted);
        return TypedResults.Created($"/api/admin/users/{user.UserName}", await ToResponseAsync(users, user, time));
    }

    public static async Task<Results<NoContent, NotFound, ValidationProblem>> AssignRole(
        string userName, string role, UserManager<WorkflowsUser> users, HttpContext context, SecurityEvents events) =>
        await ChangeRoleAsync(userName, role, users, (user, name) => users.AddToRoleAsync(user, name),
            SecurityEvent.Of(context, SecurityEventKind.RoleAssigned, context.User.Identity?.Name, detail: $"{role} to {userName}"), events);

    public static async Task<Results<NoContent, NotFound, ValidationProblem>> RemoveRole(
        string userName, string role, UserManager<WorkflowsUser> users, HttpContext context, SecurityEvents events) =>
        await ChangeRoleAsync(userName, role, users, (user, name) => users.RemoveFromRoleAsync(user, name),
            SecurityEvent.Of(context, SecurityEventKind.RoleRemoved, context.User.Identity?.Name, detail: $"{role} from {userName}"), events);

    /// <summary>Like a role change, a change of leadership renews the security stamp, so the leader claim follows at once.</summary>
    public static async Task<Results<NoContent, NotFound>> SetLeader(
        string userName, LeaderRequest request, UserManager<WorkflowsUser> users, HttpContext context, SecurityEvents events)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return TypedResults.NotFound();
        }

        if (user.IsLeader != request.Leader)
        {
            user.IsLeader = request.Leader;
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
            await events.RecordAsync(
                SecurityEvent.Of(context, SecurityEventKind.LeaderChanged, context.User.Identity?.Name,
                    detail: $"{userName} {(request.Leader ? "made leader" : "no longer leader")}"),
                CancellationToken.None);
        }

        return TypedResults.NoContent();
    }

    /// <summary>A role change renews the user's security stamp: their cookies and tokens end at once (a demoted admin is no admin).</summary>
    private static async Task<Results<NoContent, NotFound, ValidationProblem>> ChangeRoleAsync(
        string userName, string role, UserManager<WorkflowsUser> users, Func<WorkflowsUser, string, Task<IdentityResult>> change,
        SecurityEvent changed, SecurityEvents events)
    {
        if (!AdminRole.AllRoles.Contains(role))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["role"] = [$"未知角色 {role} (unknown role)"] });
        }

        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return TypedResults.NotFound();
        }

        if ((await change(user, role)).Succeeded)
        {
            await users.UpdateSecurityStampAsync(user);
            await events.RecordAsync(changed, CancellationToken.None);
        }

        return TypedResults.NoContent();
    }

    private static async Task<UserResponse> ToResponseAsync(UserManager<WorkflowsUser> users, WorkflowsUser user, TimeProvider time) =>
        new(user.UserName!, user.DisplayName, user.DepartmentCode, [.. await users.GetRolesAsync(user)], user.LockoutEnd > time.GetUtcNow(), user.IsLeader);
}
