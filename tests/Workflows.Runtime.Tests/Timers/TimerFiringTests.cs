using Microsoft.EntityFrameworkCore;
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
    private ServiceProvider _services = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _database = TestDatabase.Create(provider);
        _time = new FakeTimeProvider(Now);
        _handler = new RecordingJobHandler();
        _services = TimerServices.Build(_database, _time, _handler);
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
        await FireDueAsync(_services);
        Assert.That((await TimerServices.LoadAsync(_services, jobId)).Status, Is.EqualTo(JobStatus.Done));
    }

    [Test]
    public async Task ShouldNotFireATimerBeforeItIsDue()
    {
        await TimerServices.AddTimerAsync(_services, Now.AddMilliseconds(1), Now);
        Assert.That(await FireDueAsync(_services), Is.Zero);
    }

    [Test]
    public async Task ShouldNotFireATimerAgainOnceItIsDone()
    {
        var jobId = await TimerServices.AddTimerAsync(_services, Now, Now);
        await FireDueAsync(_services);
        var firedAgain = await FireDueAsync(_services);
        Assert.That((firedAgain, _handler.Fired[jobId]), Is.EqualTo((0, 1)));
    }

    [Test]
    public async Task ShouldLetOnlyOneOfTwoHostsPollingAtOnceFireEachTimer()
    {
        await using var secondHost = TimerServices.Build(_database, _time, _handler);
        var jobIds = new List<Guid>();
        for (var i = 0; i < 200; i++)
            jobIds.Add(await TimerServices.AddTimerAsync(_services, Now, Now));
        var fired = await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { FireDueAsync(_services), FireDueAsync(secondHost) }));
        Assert.That((fired.Sum(), _handler.Fired.Values.Count(count => count == 1)), Is.EqualTo((200, 200)));
    }

    [Test]
    public async Task ShouldFireTheClaimedBatchOfAHostThatStoppedOnlyOnceItsLockExpires()
    {
        // The first host claims a batch, hangs on its first job and is stopped: the claimed rows stay locked.
        await using var crashing = TimerServices.Build(_database, _time, new HangingJobHandler());
        var jobIds = new List<Guid>();
        for (var i = 0; i < 80; i++)
            jobIds.Add(await TimerServices.AddTimerAsync(_services, Now, Now));
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
            Assert.That(async () => await crashing.GetRequiredService<TimerJobRunner>().FireDueAsync(stop.Token), Throws.InstanceOf<OperationCanceledException>());
        var claimedByTheStoppedHost = await ClaimedJobIdsAsync();

        _time.Advance(TimeSpan.FromMinutes(4));
        var firedWhileLocked = await FireDueAsync(_services);
        var unclaimedFired = jobIds.Except(claimedByTheStoppedHost).All(_handler.Fired.ContainsKey);
        var lockedFired = claimedByTheStoppedHost.Any(_handler.Fired.ContainsKey);
        _time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var firedAfterExpiry = await FireDueAsync(_services);
        var retaken = await TimerServices.LoadAsync(_services, claimedByTheStoppedHost[0]);

        Assert.That((claimedByTheStoppedHost.Count, firedWhileLocked, unclaimedFired, lockedFired), Is.EqualTo((50, 30, true, false)));
        Assert.That((firedAfterExpiry, retaken.Status, retaken.Attempts, _handler.Fired.Values.Count(count => count == 1)),
            Is.EqualTo((50, JobStatus.Done, 2, 80)));
    }

    [Test]
    public async Task ShouldRetryAFailedTimerAfterTheBaseDelay()
    {
        var jobId = await TimerServices.AddTimerAsync(_services, Now, Now);
        _handler.FailuresLeft = 1;
        await FireDueAsync(_services);
        var job = await TimerServices.LoadAsync(_services, jobId);
        Assert.That((job.Status, job.Attempts, job.DueAt, job.LastError), Is.EqualTo((JobStatus.Pending, 1, Now.AddSeconds(30), "service unavailable")));
    }

    [Test]
    public async Task ShouldDoubleTheDelayOfEachFurtherRetry()
    {
        var jobId = await TimerServices.AddTimerAsync(_services, Now, Now);
        _handler.FailuresLeft = 2;
        await FireDueAsync(_services);
        _time.Advance(TimeSpan.FromSeconds(30));
        await FireDueAsync(_services);
        Assert.That((await TimerServices.LoadAsync(_services, jobId)).DueAt, Is.EqualTo(Now.AddSeconds(30 + 60)));
    }

    [Test]
    public async Task ShouldFireAfterAFailedAttemptWhenTheRetrySucceeds()
    {
        var jobId = await TimerServices.AddTimerAsync(_services, Now, Now);
        _handler.FailuresLeft = 1;
        await FireDueAsync(_services);
        _time.Advance(TimeSpan.FromSeconds(30));
        await FireDueAsync(_services);
        Assert.That(_handler.Fired[jobId], Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldRaiseAnIncidentAfterTheLastRetry()
    {
        var jobId = await TimerServices.AddTimerAsync(_services, Now, Now);
        _handler.FailuresLeft = 3;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await FireDueAsync(_services);
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
            await FireDueAsync(_services);
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

        await FireDueAsync(_services);

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

        var fired = await FireDueAsync(_services);

        var job = await TimerServices.LoadAsync(_services, jobId);
        Assert.That((fired, job.Status, job.Attempts, job.LockOwner, _handler.Fired.ContainsKey(jobId)), Is.EqualTo((0, JobStatus.Failed, 3, (string?)null, false)));
        Assert.That(await IncidentMessageAsync(jobId), Does.Contain("failed 3 times").And.Contain("lock expired"));
    }

    [Test]
    public async Task ShouldFireAHealthyJobButNotAJobWhoseLastRetryDiedMidRun()
    {
        var dead = await TimerServices.AddTimerAsync(_services, Now, Now);
        await LeaveClaimedByADeadWorkerAsync(dead, retriesLeft: 1, attempts: 2);
        _time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var healthy = await TimerServices.AddTimerAsync(_services, _time.GetUtcNow(), _time.GetUtcNow());

        await FireDueAsync(_services);

        Assert.That((_handler.Fired.ContainsKey(healthy), _handler.Fired.ContainsKey(dead)), Is.EqualTo((true, false)));
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

    private static Task<int> FireDueAsync(IServiceProvider services) => TimerServices.FireDueAsync(services);

    private async Task<List<Guid>> ClaimedJobIdsAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Persistence.WorkflowsDbContext>();
        return await db.Set<JobRecord>().Where(job => job.LockOwner != null).OrderBy(job => job.DueAt).Select(job => job.Id).ToListAsync();
    }

    private async Task<string?> IncidentMessageAsync(Guid jobId)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Persistence.WorkflowsDbContext>();
        return db.Set<Persistence.Incidents.IncidentRecord>().Where(incident => incident.Id == jobId).Select(incident => incident.Message).SingleOrDefault();
    }
}
