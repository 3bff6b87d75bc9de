using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Timers;

namespace Workflows.Runtime.Tests.Timers;

[TestFixture("Sqlite")]
[TestFixture("PostgreSql")]
public sealed class TimerFiringTests(string provider)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 9, 1, 0, 0, TimeSpan.Zero);

    private TestDatabase _database = null!;
    private FakeTimeProvider _time = null!;
    private RecordingJobHandler _handler = null!;
    private RecordingTrigger _trigger = null!;
    private ServiceProvider _services = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _database = TestDatabase.Create(provider);
        _time = new FakeTimeProvider(Now);
        _handler = new RecordingJobHandler();
        _trigger = new RecordingTrigger();
        _services = TimerServices.Build(_database, _time, _handler, services => services.AddSingleton<ITimerTrigger>(_trigger));
        await TimerServices.CreateSchemaAsync(_services);
    }

    [TearDown]
    public async Task DropDatabase()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Test]
    public async Task ShouldFireADueTimerAndMarkItDone()
    {
        var jobId = await TimerServices.AddTimerAsync(_services, Now, Now);
        await RunAsync(_services, jobId);
        Assert.That((await TimerServices.LoadAsync(_services, jobId)).Status, Is.EqualTo(JobStatus.Done));
    }

    [Test]
    public async Task ShouldNotFireATimerBeforeItIsDue()
    {
        var jobId = await TimerServices.AddTimerAsync(_services, Now.AddMinutes(1), Now);
        Assert.That(await RunAsync(_services, jobId), Is.False);
    }

    [Test]
    public async Task ShouldTriggerATimerDeliveredEarlyAgainAtItsDueInstant()
    {
        // Hangfire keeps a delayed job's time to the second, so its trigger can arrive a fraction of a second early.
        var dueAt = Now.AddMilliseconds(700);
        var jobId = await TimerServices.AddTimerAsync(_services, dueAt, Now);
        _trigger.Scheduled.Clear();

        var fired = await RunAsync(_services, jobId);

        Assert.That((fired, _trigger.Scheduled), Is.EqualTo((false, new[] { (jobId, dueAt) })));
    }

    [Test]
    public async Task ShouldNotTriggerAgainATimerAlreadyDone()
    {
        var jobId = await TimerServices.AddTimerAsync(_services, Now, Now);
        await RunAsync(_services, jobId);
        _trigger.Scheduled.Clear();

        await RunAsync(_services, jobId);

        Assert.That(_trigger.Scheduled, Is.Empty);
    }

    [Test]
    public async Task ShouldFireATimerTriggeredTwiceOnlyOnce()
    {
        var jobId = await TimerServices.AddTimerAsync(_services, Now, Now);
        await RunAsync(_services, jobId);
        await RunAsync(_services, jobId);
        Assert.That(_handler.Fired[jobId], Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldLetOnlyOneOfTwoHostsRacingForATimerFireIt()
    {
        await using var secondHost = TimerServices.Build(_database, _time, _handler, services => services.AddSingleton<ITimerTrigger>(_trigger));
        var jobIds = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            jobIds.Add(await TimerServices.AddTimerAsync(_services, Now, Now));
        }
        await Task.WhenAll(jobIds.SelectMany(jobId => new[] { RunAsync(_services, jobId), RunAsync(secondHost, jobId) }));
        Assert.That(_handler.Fired.Values, Has.Count.EqualTo(20).And.All.EqualTo(1));
    }

    [Test]
    public async Task ShouldRetryAFailedTimerAfterTheBaseDelay()
    {
        var jobId = await TimerServices.AddTimerAsync(_services, Now, Now);
        _handler.FailuresLeft = 1;
        await RunAsync(_services, jobId);
        var job = await TimerServices.LoadAsync(_services, jobId);
        Assert.That((job.Status, job.Attempts, job.DueAt, job.LastError), Is.EqualTo((JobStatus.Pending, 1, Now.AddSeconds(30), "service unavailable")));
    }

    [Test]
    public async Task ShouldDoubleTheDelayOfEachFurtherRetry()
    {
        var jobId = await TimerServices.AddTimerAsync(_services, Now, Now);
        _handler.FailuresLeft = 2;
        await RunAsync(_services, jobId);
        _time.Advance(TimeSpan.FromSeconds(30));
        await RunAsync(_services, jobId);
        Assert.That((await TimerServices.LoadAsync(_services, jobId)).DueAt, Is.EqualTo(Now.AddSeconds(30 + 60)));
    }

    [Test]
    public async Task ShouldFireAfterAFailedAttemptWhenTheRetrySucceeds()
    {
        var jobId = await TimerServices.AddTimerAsync(_services, Now, Now);
        _handler.FailuresLeft = 1;
        await RunAsync(_services, jobId);
        _time.Advance(TimeSpan.FromSeconds(30));
        await RunAsync(_services, jobId);
        Assert.That(_handler.Fired[jobId], Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldRaiseAnIncidentAfterTheLastRetry()
    {
        var jobId = await TimerServices.AddTimerAsync(_services, Now, Now);
        _handler.FailuresLeft = 3;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await RunAsync(_services, jobId);
            _time.Advance(TimeSpan.FromMinutes(5));
        }
        Assert.That(await IncidentMessageAsync(jobId), Does.Contain("failed 3 times").And.Contain("service unavailable"));
    }

    [Test]
    public async Task ShouldStopRetryingAfterTheLastRetry()
    {
        var jobId = await TimerServices.AddTimerAsync(_services, Now, Now);
        _handler.FailuresLeft = 4;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await RunAsync(_services, jobId);
            _time.Advance(TimeSpan.FromMinutes(5));
        }
        Assert.That((await TimerServices.LoadAsync(_services, jobId)).Status, Is.EqualTo(JobStatus.Failed));
    }

    [Test]
    public async Task ShouldCountTheAttemptOfAWorkerThatDiedMidRunWhenTheJobIsTakenAgain()
    {
        var jobId = await TimerServices.AddTimerAsync(_services, Now, Now);
        await LeaveClaimedByADeadWorkerAsync(jobId, retriesLeft: 3, attempts: 0);
        _time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        await RunAsync(_services, jobId);

        var job = await TimerServices.LoadAsync(_services, jobId);
        Assert.That((job.Status, job.Attempts, job.RetriesLeft, _handler.Fired[jobId]), Is.EqualTo((JobStatus.Done, 2, 2, 1)));
    }

    [Test]
    public async Task ShouldRaiseAnIncidentInsteadOfRunningAJobWhoseLastRetryDiedMidRun()
    {
        // Two workers took the job and died (the job killed its host each time); the third one died too.
        var jobId = await TimerServices.AddTimerAsync(_services, Now, Now);
        await LeaveClaimedByADeadWorkerAsync(jobId, retriesLeft: 1, attempts: 2);
        _time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        var fired = await RunAsync(_services, jobId);

        var job = await TimerServices.LoadAsync(_services, jobId);
        Assert.That((fired, job.Status, job.Attempts, job.LockOwner, _handler.Fired.ContainsKey(jobId)), Is.EqualTo((false, JobStatus.Failed, 3, (string?)null, false)));
        Assert.That(await IncidentMessageAsync(jobId), Does.Contain("failed 3 times").And.Contain("lock expired"));
    }

    [Test]
    public async Task ShouldNotLetTheSweepsDrainTakeAJobWhoseLastRetryDiedMidRun()
    {
        var dead = await TimerServices.AddTimerAsync(_services, Now, Now);
        await LeaveClaimedByADeadWorkerAsync(dead, retriesLeft: 1, attempts: 2);
        _time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var healthy = await TimerServices.AddTimerAsync(_services, _time.GetUtcNow(), _time.GetUtcNow());

        await RunAsync(_services, healthy);

        Assert.That(_handler.Fired.ContainsKey(dead), Is.False);
    }

    /// <summary>What a worker that claimed the job and then died leaves behind: its lock, until it expires.</summary>
    private async Task LeaveClaimedByADeadWorkerAsync(Guid jobId, int retriesLeft, int attempts)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Persistence.WorkflowsDbContext>();
        var job = await db.Set<JobRecord>().FindAsync(jobId);
        job!.LockOwner = "dead-host/1/worker";
        job.LockExpiresAt = _time.GetUtcNow() + TimeSpan.FromMinutes(5);
        job.RetriesLeft = retriesLeft;
        job.Attempts = attempts;
        await db.SaveChangesAsync();
    }

    private static async Task<bool> RunAsync(IServiceProvider services, Guid jobId)
        => await services.GetRequiredService<TimerJobRunner>().RunAsync(jobId, CancellationToken.None);

    private async Task<string?> IncidentMessageAsync(Guid jobId)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Persistence.WorkflowsDbContext>();
        return db.Set<Persistence.Incidents.IncidentRecord>().Where(incident => incident.Id == jobId).Select(incident => incident.Message).SingleOrDefault();
    }
}
