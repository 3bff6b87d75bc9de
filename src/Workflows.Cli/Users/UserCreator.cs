using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Audit;
using Workflows.Persistence.Identity;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Departments;
using Workflows.Runtime.Common;
using Workflows.Runtime.ExternalTasks.Common;

namespace Workflows.Cli.Users;

/// <summary>Creates a user with one role through Identity, so the host's password policy and hashing apply, and audits it.</summary>
internal sealed class UserCreator(UserManager<WorkflowsUser> users, RoleManager<WorkflowsRole> roles, WorkflowsDbContext db, TimeProvider time)
{
    /// <summary>The host's administrator role (<c>AdminRole.Name</c> there).</summary>
    public const string AdminRole = "admin";

    /// <summary>The host's role of external task workers (<c>WorkerRole.Name</c> there).</summary>
    public const string WorkerRole = "worker";

    public static readonly IReadOnlyList<string> Roles = [.. ProjectRoles.All, AdminRole, WorkerRole];

    public static string RoleOf(NewUser user) => (user.Admin, user.Role) switch
    {
        _ when user.Topics.Count > 0 && user.Role != WorkerRole =>
            throw new InvalidRequestException("--topic 仅适用于 --role worker (--topic is for worker accounts only)"),
        (true, null) => AdminRole,
        (false, { } role) when !Roles.Contains(role) =>
            throw new InvalidRequestException($"未知角色 {role}，可选：{string.Join(", ", Roles)} (unknown role)"),
        (false, { } role) when ProjectRoles.DepartmentScoped.Contains(role) && user.Department is null =>
            throw new InvalidRequestException($"角色 {role} 须指定 --department (a clerk of role {role} needs --department)"),
        (false, { } role) => role,
        _ => throw new InvalidRequestException("请指定 --admin 或 --role 之一 (give exactly one of --admin and --role)"),
    };

    public async Task CreateAsync(NewUser user, string role, string password, CancellationToken cancellationToken)
    {
        if (user.Department is { } code && !await db.Set<Department>().AnyAsync(d => d.Code == code, cancellationToken))
            throw new InvalidRequestException($"未知部门 {code} (unknown department)");
        if (await users.FindByNameAsync(user.Name) is not null)
            throw new InvalidRequestException($"用户 {user.Name} 已存在 (the user exists)");

        // The user, its role, the role's creation on a fresh install and the audit row stand or fall together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await roles.RoleExistsAsync(role))
            Check(await roles.CreateAsync(new WorkflowsRole(role)));
        var created = new WorkflowsUser { UserName = user.Name, DisplayName = user.DisplayName ?? user.Name, DepartmentCode = user.Department };
        Check(await users.CreateAsync(created, password));
        Check(await users.AddToRoleAsync(created, role));
        foreach (var topic in user.Topics.Distinct(StringComparer.Ordinal))
            db.UserClaims.Add(new IdentityUserClaim<string> { UserId = created.Id, ClaimType = WorkerTopics.ClaimType, ClaimValue = topic });
        db.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            Actor = $"cli:{Environment.UserName}",
            Action = AuditActions.UserCreated,
            Target = $"user {user.Name}",
            Detail = user.Topics.Count > 0 ? $"role {role}; topics {string.Join(",", user.Topics)}" : $"role {role}; department {user.Department}",
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidRequestException([.. result.Errors.Select(error => $"{error.Code}: {error.Description}")]);
    }
}
