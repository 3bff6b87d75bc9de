using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence.Identity;
using Workflows.Persistence.Jobs;
using Workflows.Persistence.Mail;
using Workflows.Persistence.Tasks;
using Workflows.Projects.Tests.Processes;
using Workflows.Runtime.Timers;

namespace Workflows.Projects.Tests.Deadlines;

/// <summary>The new-project path on the fake clock, with due jobs run through the timer runner as Hangfire would run them.</summary>
public abstract class DeadlineSteps(string provider) : NewProjectSteps(provider)
{
    protected static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    protected static DateTimeOffset BeijingTime(int year, int month, int day, int hour = 9, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, Beijing);

    /// <summary>Sets the fake clock, backwards too (the host and its clock live as long as the fixture);
    /// PostgreSQL stores instants in UTC only, so the clock speaks UTC.</summary>
    protected void SetClock(DateTimeOffset now) => Host.Time.AdjustTime(now.ToUniversalTime());

    /// <summary>Moves the clock and fires every job that is due by then, oldest first; returns how many fired.</summary>
    protected async Task<int> RunDueJobsAtAsync(DateTimeOffset localNow)
    {
        var now = localNow.ToUniversalTime();
        SetClock(now);
        // A fired job may add further jobs that are due at once (a boundary path's service tasks): the runner goes round until none is left.
        return await Host.Services.GetRequiredService<TimerJobRunner>().FireDueAsync(CancellationToken.None);
    }

    protected Task<List<JobRecord>> PendingJobsAsync(JobKind kind) =>
        Host.ReadAsync(db => db.Set<JobRecord>().AsNoTracking().Where(job => job.Kind == kind && job.Status == JobStatus.Pending).OrderBy(job => job.DueAt).ToListAsync());

    protected Task<UserTaskRecord> TaskAsync(string activityId) =>
        Host.ReadAsync(db => db.Set<UserTaskRecord>().AsNoTracking().SingleAsync(task => task.ActivityId == activityId));

    protected Task<List<string>> OutboxKeysAsync() =>
        Host.ReadAsync(db => db.Set<MailOutboxMessage>().AsNoTracking().Select(mail => mail.IdempotencyKey).OrderBy(key => key).ToListAsync());

    /// <summary>A user of <paramref name="role"/>; clerks (department, township) belong to <paramref name="departmentCode"/>.</summary>
    protected Task AddUserAsync(string userName, string role, string? departmentCode = null) => Host.ReadAsync(async db =>
    {
        var user = new WorkflowsUser
        {
            UserName = userName, NormalizedUserName = userName.ToUpperInvariant(),
            Email = $"{userName}@county.gov.cn", NormalizedEmail = $"{userName}@county.gov.cn".ToUpperInvariant(), DisplayName = userName,
            DepartmentCode = departmentCode,
        };
        db.Users.Add(user);
        var existing = await db.Roles.SingleOrDefaultAsync(r => r.Name == role);
        var roleRow = existing ?? db.Roles.Add(new WorkflowsRole(role) { NormalizedName = role.ToUpperInvariant() }).Entity;
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleRow.Id });
        return await db.SaveChangesAsync();
    });
}
