using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Workflows.Runtime.Timers;

namespace Workflows.Runtime.Tests.Timers;

public sealed class TimerSweepTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 9, 1, 0, 0, TimeSpan.Zero);

    private TestDatabase _database = null!;
    private RecordingTrigger _trigger = null!;
    private ServiceProvider _services = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _database = TestDatabase.Create("Sqlite");
        _trigger = new RecordingTrigger();
        _services = TimerServices.Build(_database, new FakeTimeProvider(Now), new RecordingJobHandler(), services => services.AddSingleton<ITimerTrigger>(_trigger));
        await TimerServices.CreateSchemaAsync(_services);
    }

    [TearDown]
    public async Task DropDatabase()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Test]
    public async Task ShouldTriggerATimerAfterCommit()
    {
        var jobId = await TimerServices.AddTimerAsync(_services, Now.AddMinutes(5), Now);
        Assert.That(_trigger.Scheduled, Is.EqualTo(new[] { (jobId, Now.AddMinutes(5)) }));
    }

    [Test]
    public async Task ShouldTriggerAgainADueTimerWhoseTriggerWasLost()
    {
        var jobId = await TimerServices.AddTimerAsync(_services, Now.AddMinutes(-5), Now.AddMinutes(-6));
        _trigger.Scheduled.Clear();
        await SweepAsync();
        Assert.That(_trigger.Scheduled.Select(scheduled => scheduled.JobId), Is.EqualTo(new[] { jobId }));
    }

    [Test]
    public async Task ShouldLeaveTimersThatAreNotDueToTheirTrigger()
    {
        await TimerServices.AddTimerAsync(_services, Now.AddMinutes(5), Now);
        _trigger.Scheduled.Clear();
        await SweepAsync();
        Assert.That(_trigger.Scheduled, Is.Empty);
    }

    private async Task SweepAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TimerSweep>().SweepAsync(CancellationToken.None);
    }
}
