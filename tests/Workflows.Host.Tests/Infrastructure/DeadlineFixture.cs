using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Persistence.Jobs;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Timers;

namespace Workflows.Host.Tests.Infrastructure;

/// <summary>The new-project path on a host whose clock is fake: tests set the day, enter dates and run the jobs that fell due.</summary>
public abstract class DeadlineFixture(string provider) : NewProjectFixture(provider)
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    protected override bool UsesFakeTime => true;

    protected override string Today => Time.GetUtcNow().ToOffset(Beijing).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    protected static DateTimeOffset BeijingTime(int year, int month, int day, int hour = 9, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, Beijing);

    /// <summary>Sets the host's clock (backwards too: the host lives as long as the fixture); tokens of another time are dropped.</summary>
    protected void SetClock(DateTimeOffset now)
    {
        Time.AdjustTime(now.ToUniversalTime());
        ForgetTokens();
    }

    /// <summary>Fires every job due by now, as a run of the timer poll does, until none is left; jobs the host's own poll
    /// took meanwhile are waited for.</summary>
    protected async Task RunDueJobsAsync()
    {
        var now = Time.GetUtcNow();
        var runner = App.Services.GetRequiredService<TimerJobRunner>();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            await runner.FireDueAsync(CancellationToken.None);
            if (!await ReadAsync(db => db.Set<JobRecord>().AsNoTracking().AnyAsync(job => job.Status == JobStatus.Pending && job.DueAt <= now)))
                return;
            await Task.Delay(100);
        }
        Assert.Fail("due jobs were still pending after 30 s");
    }

    protected Task<List<string>> OutboxKeysAsync() =>
        ReadAsync(db => db.Set<MailOutboxMessage>().AsNoTracking().Select(mail => mail.IdempotencyKey).ToListAsync());

    protected async Task<T> ReadAsync<T>(Func<WorkflowsDbContext, Task<T>> read)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>());
    }
}
