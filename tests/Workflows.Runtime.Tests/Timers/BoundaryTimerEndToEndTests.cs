using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Persistence.History;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Instances.StartInstance;
using Workflows.Runtime.Timers;

namespace Workflows.Runtime.Tests.Timers;

/// <summary>A process's timer boundary event fired by the timer poll on a real Hangfire server in real seconds, through the whole product wiring.</summary>
[TestFixture("Sqlite")]
[TestFixture("PostgreSql")]
[NonParallelizable]
public sealed class BoundaryTimerEndToEndTests(string provider)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private TestDatabase _database = null!;
    private ProcessTimerHost _host = null!;
    private Guid _instanceId;

    /// <summary>One run per provider; each test observes a different consequence of it.</summary>
    [OneTimeSetUp]
    public async Task StartInstanceWithATimerDueInTwoSeconds()
    {
        _database = TestDatabase.Create(provider);
        _host = await ProcessTimerHost.StartAsync(_database);
        await _host.PublishAsync("review-deadline", TimerProcesses.ReviewWithDeadline);
        _instanceId = (await _host.SendAsync(new StartInstance("review-deadline", Actor: "clerk"))).InstanceId;
        await WaitUntilEndedAsync();
    }

    [OneTimeTearDown]
    public async Task DropDatabase()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Test]
    public async Task ShouldTakeTheBoundaryPathOnce()
    {
        var ends = await _host.ReadAsync(db => db.Set<HistoryEntry>()
            .Where(entry => entry.InstanceId == _instanceId && entry.Kind == HistoryKind.ActivityEnded && entry.ActivityId == "escalated")
            .CountAsync());
        Assert.That(ends, Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldCancelTheTaskTheTimerInterrupted()
    {
        var status = await _host.ReadAsync(db => db.Set<UserTaskRecord>().Where(task => task.InstanceId == _instanceId).Select(task => task.Status).SingleAsync());
        Assert.That(status, Is.EqualTo(UserTaskStatus.Cancelled));
    }

    [Test]
    public async Task ShouldNotFireTheTimerAgainWhenTheJobsArePolledAgain()
    {
        var firedAgain = await _host.Services.GetRequiredService<TimerJobRunner>().FireDueAsync(CancellationToken.None);
        var firings = await _host.ReadAsync(db => db.Set<HistoryEntry>().CountAsync(entry => entry.InstanceId == _instanceId && entry.Kind == HistoryKind.TimerFired));
        Assert.That((firedAgain, firings), Is.EqualTo((0, 1)));
    }

    private async Task WaitUntilEndedAsync()
    {
        var clock = Stopwatch.StartNew();
        while (await _host.ReadAsync(db => db.Instances.Where(i => i.Id == _instanceId).Select(i => i.Status).SingleAsync()) != InstanceStatus.Completed)
        {
            if (clock.Elapsed > Patience)
                Assert.Fail($"the instance did not end within {Patience.TotalSeconds} s of its start");
            await Task.Delay(200);
        }
    }
}
