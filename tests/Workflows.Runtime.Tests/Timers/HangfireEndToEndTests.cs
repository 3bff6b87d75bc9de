using System.Diagnostics;
using NUnit.Framework;

namespace Workflows.Runtime.Tests.Timers;

/// <summary>The few tests that wait real seconds: timers fired by the recurring timer poll on a real Hangfire server and storage.</summary>
[TestFixture("Sqlite")]
[TestFixture("PostgreSql")]
[NonParallelizable]
public sealed class HangfireEndToEndTests(string provider)
{
    // How long a test waits for real firing. Generous on purpose: these tests prove firing, not speed
    // (speed is measured by `workflows bench`), and CI runs them beside other heavy test assemblies.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private TestDatabase _database = null!;
    private RecordingJobHandler _handler = null!;

    [SetUp]
    public void CreateDatabase()
    {
        _database = TestDatabase.Create(provider);
        _handler = new RecordingJobHandler();
    }

    [TearDown]
    public async Task DropDatabase() => await _database.DisposeAsync();

    [Test]
    public async Task ShouldFireATimerDueInTwoSecondsOnRealHangfireStorage()
    {
        await using var host = new HangfireTimerHost(_database, _handler);
        await TimerServices.CreateSchemaAsync(host.Services);
        host.Start();
        var jobId = await TimerServices.AddTimerAsync(host.Services, DateTimeOffset.UtcNow.AddSeconds(2), DateTimeOffset.UtcNow);
        Assert.That(await WaitUntilAsync(() => _handler.Fired.ContainsKey(jobId)), Is.True);
    }

    [Test]
    public async Task ShouldFireATimerThatFellDueWhileTheServerWasStoppedExactlyOnce()
    {
        await using var host = new HangfireTimerHost(_database, _handler);
        await TimerServices.CreateSchemaAsync(host.Services);
        var jobId = await TimerServices.AddTimerAsync(host.Services, DateTimeOffset.UtcNow.AddSeconds(1), DateTimeOffset.UtcNow);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.That(_handler.Fired, Is.Empty, "no server was running");
        host.Start();
        await WaitUntilAsync(() => _handler.Fired.ContainsKey(jobId));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.That(_handler.Fired.GetValueOrDefault(jobId), Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldFireEachTimerOnceWithTwoServersOnOneDatabase()
    {
        await using var first = new HangfireTimerHost(_database, _handler);
        await using var second = new HangfireTimerHost(_database, _handler);
        await TimerServices.CreateSchemaAsync(first.Services);
        var due = DateTimeOffset.UtcNow.AddSeconds(2);
        var jobIds = new List<Guid>();
        for (var i = 0; i < 25; i++)
        {
            jobIds.Add(await TimerServices.AddTimerAsync(first.Services, due, DateTimeOffset.UtcNow));
            jobIds.Add(await TimerServices.AddTimerAsync(second.Services, due, DateTimeOffset.UtcNow));
        }
        first.Start();
        second.Start();
        await WaitUntilAsync(() => jobIds.All(_handler.Fired.ContainsKey));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.That(jobIds.Select(jobId => _handler.Fired.GetValueOrDefault(jobId)), Is.All.EqualTo(1));
    }

    private static async Task<bool> WaitUntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Patience)
            {
                return false;
            }
            await Task.Delay(100);
        }
        return true;
    }
}
