using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workflows.Host.Authorization;
using Workflows.Persistence;
using Workflows.Persistence.Identity;
using Workflows.Projects.Domain.Departments;
using Workflows.Runtime.ExternalTasks.Common;

namespace Workflows.Host.Seeding;

/// <summary>Creates the roles always, and the demo departments and users when <c>Seed:Demo</c> is on. Idempotent.</summary>
public sealed class DemoSeeder(
    WorkflowsDbContext db,
    UserManager<WorkflowsUser> users,
    RoleManager<WorkflowsRole> roles,
    DemoProjects projects,
    ILogger<DemoSeeder> logger)
{
    public async Task SeedRolesAsync()
    {
        foreach (var role in AdminRole.AllRoles.Where(role => !roles.Roles.Any(existing => existing.Name == role)))
        {
            await roles.CreateAsync(new WorkflowsRole(role));
        }
    }

    public async Task SeedDemoAsync(string password, CancellationToken cancellationToken)
    {
        foreach (var department in DemoData.Departments)
        {
            if (!await db.Set<Department>().AnyAsync(existing => existing.Code == department.Code, cancellationToken))
            {
                db.Set<Department>().Add(new() { Code = department.Code, Name = department.Name, Kind = department.Kind });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var demo in DemoData.Users)
        {
            await SeedUserAsync(demo, password);
        }

        await projects.SeedAsync(cancellationToken);

        logger.LogInformation(
            "Demo users {UserNames} sign in with the password from Seed:DemoPassword",
            string.Join(", ", DemoData.Users.Select(user => user.UserName)));
    }

    private async Task SeedUserAsync(DemoUser demo, string password)
    {
        if (await users.FindByNameAsync(demo.UserName) is { } existing)
        {
            // Databases seeded before the demo users had addresses get them, so reminder mails reach data/mail/.
            if (string.IsNullOrEmpty(existing.Email))
            {
                await users.SetEmailAsync(existing, DemoData.EmailOf(demo));
            }

            return;
        }

        var user = new WorkflowsUser
        {
            UserName = demo.UserName, DisplayName = demo.DisplayName, DepartmentCode = demo.DepartmentCode, IsLeader = demo.Leader,
            Email = DemoData.EmailOf(demo), EmailConfirmed = true,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo user {demo.UserName} not created: {string.Join("; ", created.Errors.Select(error => error.Description))}");
        }

        await users.AddToRolesAsync(user, demo.Roles);
        await users.AddClaimsAsync(user, demo.Topics.Select(topic => new Claim(WorkerTopics.ClaimType, topic)));
    }
}
