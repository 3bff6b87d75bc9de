using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;

namespace Workflows.Host.Tests.Infrastructure;

/// <summary>Open tasks of a project's instances written as rows, for the lists that read deadlines.</summary>
public static class ProjectTasks
{
    /// <summary>An open task <paramref name="activityId"/> of one of the project's instances, due at <paramref name="dueAt"/>.</summary>
    public static async Task AddOpenAsync(TestApp app, Guid projectId, string activityId, DateTimeOffset dueAt)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        db.UserTasks.Add(new UserTaskRecord
        {
            Id = Guid.NewGuid(), InstanceId = Guid.NewGuid(), ExecutionId = Guid.NewGuid(), ActivityId = activityId, Name = activityId,
            Status = UserTaskStatus.Open, DueAt = dueAt, CreatedAt = DateTimeOffset.UtcNow, BusinessKey = projectId.ToString(),
            DepartmentCode = "health", DefinitionKey = "new-project", DefinitionVersion = 1,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>The open tasks of the project's instances, whoever's they are (read from the database: no one role sees them all).</summary>
    public static async Task<string[]> OpenActivitiesAsync(TestApp app, Guid projectId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var businessKey = projectId.ToString();
        var instanceIds = await db.Instances.AsNoTracking().Where(i => i.BusinessKey == businessKey).Select(i => i.Id).ToListAsync();
        var activities = await db.Set<UserTaskRecord>().AsNoTracking()
            .Where(t => instanceIds.Contains(t.InstanceId) && t.Status == UserTaskStatus.Open).Select(t => t.ActivityId).ToListAsync();
        return [.. activities.Order()];
    }
}
