using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Workflows.Persistence;
using Workflows.Persistence.Jobs;

namespace Workflows.Runtime.Tests.Timers;

/// <summary>
/// The load figure of durable timers: 10,000 timers due in the same minute on SQLite with a real Hangfire
/// server. Explicit: it takes minutes and measures, it does not specify
/// (<c>dotnet test --filter Name=ShouldFireTenThousandTimersDueInOneMinuteWithinSixtySecondsOnce</c>).
/// </summary>
[Explicit("load measurement, minutes long")]
[NonParallelizable]
public sealed class TimerThroughputTests
{
    private const int Timers = 10_000;
    /// <summary>Committing 10,000 timers in one go schedules 10,000 Hangfire jobs first (about 90 s on a loaded
    /// two-core machine); the measured minute starts after that.</summary>
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(180);
    private static readonly TimeSpan Allowed = TimeSpan.FromSeconds(60);

    [Test]
    public async Task ShouldFireTenThousandTimersDueInOneMinuteWithinSixtySecondsOnce()
    {
        await using var database = TestDatabase.Create("Sqlite");
        var handler = new RecordingJobHandler();
        await using var host = new HangfireTimerHost(database, handler, workerCount: Environment.ProcessorCount * 5);
        await TimerServices.CreateSchemaAsync(host.Services);
        var clock = Stopwatch.StartNew();
        var due = DateTimeOffset.UtcNow + Lead;
        var jobs = await AddTimersAsync(host.Services, due);
        Report($"{Timers} timer rows committed and triggered in {clock.Elapsed.TotalSeconds:F1} s");
        host.Start();

        while (handler.Fired.Count < Timers && DateTimeOffset.UtcNow < due + Allowed + TimeSpan.FromSeconds(60))
            await Task.Delay(250);
        var latest = jobs.Where(job => handler.FiredAt.ContainsKey(job.Id)).Select(job => handler.FiredAt[job.Id] - job.DueAt).DefaultIfEmpty().Max();
        Report($"{handler.Fired.Count} fired, the latest {latest.TotalSeconds:F1} s after its due time; fired twice: {handler.Fired.Values.Count(count => count > 1)}");

        Assert.That((handler.Fired.Count, latest <= Allowed, handler.Fired.Values.All(count => count == 1)), Is.EqualTo((jobs.Count, true, true)));
    }

    private static async Task<List<JobRecord>> AddTimersAsync(IServiceProvider services, DateTimeOffset due)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var now = DateTimeOffset.UtcNow;
        var jobs = Enumerable.Range(0, Timers).Select(index => new JobRecord
        {
            Id = Guid.NewGuid(), Kind = JobKind.Timer, InstanceId = Guid.NewGuid(), ExecutionId = Guid.NewGuid(), ActivityId = "timer",
            // Spread over the minute, as deadlines of one working day's end would be.
            DueAt = due.AddMilliseconds(index * 60_000.0 / Timers), Status = JobStatus.Pending, CreatedAt = now,
        }).ToList();
        db.AddRange(jobs);
        await db.SaveChangesAsync();
        return jobs;
    }

    private static void Report(string line) => TestContext.Progress.WriteLine(line);
}
