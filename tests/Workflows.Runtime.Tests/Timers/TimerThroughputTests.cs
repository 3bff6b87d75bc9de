using System.Diagnostics;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Workflows.Persistence;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Tests.Support;
using Workflows.Runtime.Timers;

namespace Workflows.Runtime.Tests.Timers;

/// <summary>
/// Timers at load: 10,000 deadlines committed at once cost their rows and nothing else, and 10,000 deadlines falling
/// due in one minute all fire in that minute, each once, with two pollers side by side: two nodes on PostgreSQL, two
/// overlapping runs of one node on SQLite (one node is SQLite's deployment; its runs share the node's write gate). The figures are printed
/// (<c>dotnet test tests/Workflows.Runtime.Tests --filter FullyQualifiedName~TimerThroughputTests</c>), not asserted:
/// what is asserted is the rule.
/// </summary>
[TestFixture("Sqlite")]
[TestFixture("PostgreSql")]
[NonParallelizable]
public sealed class TimerThroughputTests(string provider)
{
    private const int Timers = 10_000;

    /// <summary>Time to commit the timers and start both pollers before the first falls due (a few seconds on a quiet machine, far more on a loaded one).</summary>
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Minute = TimeSpan.FromSeconds(60);

    /// <summary>A timer due in the minute's last instant fires within this much after the minute; none may be later.</summary>
    private static readonly TimeSpan Allowed = TimeSpan.FromSeconds(5);

    private TestDatabase _database = null!;

    [SetUp]
    public void CreateDatabase() => _database = TestDatabase.Create(provider);

    [TearDown]
    public async Task DropDatabase() => await _database.DisposeAsync();

    [Test]
    public async Task ShouldCommitTenThousandTimersWithoutASchedulerCallPerTimer()
    {
        await using var services = PlatformOnRealHangfireStorage();
        await PlatformHost.CreateSchemaAsync(services);
        var before = services.GetRequiredService<JobStorage>().GetMonitoringApi().GetStatistics();

        var clock = Stopwatch.StartNew();
        await AddTimersAsync(services, DateTimeOffset.UtcNow.AddMinutes(1));
        Report($"{provider}: {Timers:N0} timer rows committed in {clock.Elapsed.TotalSeconds:F2} s");

        var after = services.GetRequiredService<JobStorage>().GetMonitoringApi().GetStatistics();
        Assert.That((after.Scheduled, after.Enqueued), Is.EqualTo((before.Scheduled, before.Enqueued)), "Hangfire jobs created by the commit");
    }

    [Test]
    public async Task ShouldFireTenThousandTimersDueInOneMinuteWithinThatMinuteOnceWithTwoPollers()
    {
        var handler = new RecordingJobHandler();
        await using var first = TimerHost(handler);
        await using var other = provider == "Sqlite" ? null : TimerHost(handler);
        var second = other ?? first;
        await TimerServices.CreateSchemaAsync(first);
        var start = DateTimeOffset.UtcNow + Lead;
        var jobs = await AddTimersAsync(first, start);
        var committedAhead = start - DateTimeOffset.UtcNow;
        using var stop = new CancellationTokenSource();
        var pollers = new[] { PollAsync(first, stop.Token), PollAsync(second, stop.Token) };

        var clock = Stopwatch.StartNew();
        while (handler.Fired.Count < Timers && DateTimeOffset.UtcNow < start + Minute + Allowed + TimeSpan.FromSeconds(30))
            await Task.Delay(250);
        await stop.CancelAsync();
        await Task.WhenAll(pollers);

        var lateness = jobs.Where(job => handler.FiredAt.ContainsKey(job.Id)).Select(job => handler.FiredAt[job.Id] - job.DueAt).OrderBy(late => late).ToList();
        var lastFired = handler.FiredAt.Values.DefaultIfEmpty().Max();
        Report($"{provider}: committed {committedAhead.TotalSeconds:F1} s before the minute began; {handler.Fired.Count:N0} of {Timers:N0} fired by two pollers{(other is null ? " of one node" : " of two nodes")}, the last {(lastFired - (start + Minute)).TotalSeconds:F2} s after the minute ended; " +
            $"lateness p50 {Percentile(lateness, 0.5):F2} s, p99 {Percentile(lateness, 0.99):F2} s, max {Percentile(lateness, 1):F2} s; fired twice: {handler.Fired.Values.Count(count => count > 1)}");

        Assert.That(jobs.Select(job => handler.Fired.GetValueOrDefault(job.Id)), Is.All.EqualTo(1), "firings per timer");
        Assert.That((committedAhead > TimeSpan.Zero, lastFired <= start + Minute + Allowed), Is.EqualTo((true, true)), "committed before the minute, and the last firing within the minute");
    }

    /// <summary>The platform as the host composes it, on the database's Hangfire storage, with no Hangfire server running.</summary>
    private ServiceProvider PlatformOnRealHangfireStorage()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider,
                ["ConnectionStrings:Workflows"] = _database.ConnectionString,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddPlatformForTests(configuration);
        QuietHangfireLog.Install();
        return services.BuildServiceProvider();
    }

    /// <summary>A node: its own container on the shared database, on the wall clock, whose poll runs last the whole test.</summary>
    private ServiceProvider TimerHost(RecordingJobHandler handler) =>
        TimerServices.Build(_database, TimeProvider.System, handler, services =>
            services.PostConfigure<TimerOptions>(options => options.PollWindow = Lead + Minute + Allowed + TimeSpan.FromMinutes(1)));

    private static async Task PollAsync(IServiceProvider node, CancellationToken stop)
    {
        try
        {
            await node.GetRequiredService<TimerPoll>().PollAsync(stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The test is over.
        }
    }

    /// <summary>Timers spread evenly over the minute from <paramref name="start"/>, as deadlines at one working day's end would be; committed at once.</summary>
    private static async Task<List<JobRecord>> AddTimersAsync(IServiceProvider services, DateTimeOffset start)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var now = DateTimeOffset.UtcNow;
        var jobs = Enumerable.Range(0, Timers).Select(index => new JobRecord
        {
            Id = Guid.NewGuid(), Kind = JobKind.Timer, InstanceId = Guid.NewGuid(), ExecutionId = Guid.NewGuid(), ActivityId = "timer",
            DueAt = start.AddMilliseconds(index * Minute.TotalMilliseconds / Timers), Status = JobStatus.Pending, CreatedAt = now,
        }).ToList();
        db.AddRange(jobs);
        await db.SaveChangesAsync();
        return jobs;
    }

    private static double Percentile(List<TimeSpan> sorted, double share) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)].TotalSeconds;

    private static void Report(string line) => TestContext.Progress.WriteLine(line);
}
