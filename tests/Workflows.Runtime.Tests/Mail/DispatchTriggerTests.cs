using Hangfire;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Runtime.Mail.Outbox;
using Workflows.Runtime.Tests.Mail.Support;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Mail;

public sealed class DispatchTriggerTests
{
    private InMemoryStorage storage = null!;
    private MailTestHost host = null!;
    private int clientsCreated;
    private RecordingTrigger requests = null!;
    // Closed: Hangfire's storage holds every job written until the test opens it.
    private ManualResetEventSlim storageOpen = null!;
    private HeldJobClient client = null!;

    [SetUp]
    public async Task StartAsync()
    {
        QuietHangfireLog.Install();
        storage = new InMemoryStorage();
        storageOpen = new ManualResetEventSlim(initialState: true);
        clientsCreated = 0;
        host = await MailTestHost.StartAsync(
            new Dictionary<string, string?>(),
            configure: services =>
            {
                // A client over its own storage: Hangfire's global configuration would leak between tests.
                services.AddSingleton<IBackgroundJobClient>(_ =>
                {
                    clientsCreated++;
                    return client = new HeldJobClient(new BackgroundJobClient(storage), storageOpen);
                });
                // The platform's trigger, with every request counted the moment it is made.
                var trigger = services.Single(service => service.ServiceType == typeof(IMailDispatchTrigger));
                services.Remove(trigger);
                services.AddSingleton<IMailDispatchTrigger>(provider =>
                    requests = new RecordingTrigger((IMailDispatchTrigger)ActivatorUtilities.CreateInstance(provider, trigger.ImplementationType!)));
            });
    }

    [TearDown]
    public async Task StopAsync()
    {
        storageOpen.Set();
        await host.DisposeAsync();
        storage.Dispose();
        storageOpen.Dispose();
    }

    [Test]
    public void ShouldNotOpenHangfireWhenTheDbContextAndItsInterceptorsAreBuilt() =>
        // The host built a DbContext to create the schema; Hangfire.PostgreSql must not be opened before migrations.
        Assert.That(clientsCreated, Is.Zero);

    [Test]
    public async Task ShouldRequestDispatchWhenTheProducerSaves()
    {
        await host.EnqueueAsync(MailTestHost.Mail("test:trigger"));

        Assert.That(EnqueuedDispatchJobs, Is.EqualTo(1).After(5000, 10));
    }

    [Test]
    public async Task ShouldAnswerTheProducerBeforeHangfireStoresTheDispatchJob()
    {
        storageOpen.Reset();

        // Waiting for Hangfire's storage would hang here: the producer is answered with the job not yet written.
        await host.EnqueueAsync(MailTestHost.Mail("test:answered")).WaitAsync(TimeSpan.FromSeconds(5));
        var whileHeld = EnqueuedDispatchJobs();
        storageOpen.Set();

        Assert.Multiple(() =>
        {
            Assert.That(whileHeld, Is.Zero);
            Assert.That(EnqueuedDispatchJobs, Is.EqualTo(1).After(5000, 10));
        });
    }

    [Test]
    public async Task ShouldEnqueueAgainForMailCommittedWhileAnEnqueueIsUnderWay()
    {
        storageOpen.Reset();
        await host.EnqueueAsync(MailTestHost.Mail("test:first"));
        Assert.That(() => client.Writing, Is.EqualTo(1).After(5000, 10));
        // The first enqueue started before these mails were committed: a dispatch run from it might not see them.
        await host.EnqueueAsync(MailTestHost.Mail("test:second"));
        await host.EnqueueAsync(MailTestHost.Mail("test:third"));
        storageOpen.Set();

        Assert.That(EnqueuedDispatchJobs, Is.EqualTo(2).After(5000, 10));
    }

    [Test]
    public async Task ShouldWaitForTheProducersCommitBeforeRequestingDispatch()
    {
        var beforeCommit = await InTransactionAsync(commit: true);

        Assert.Multiple(() =>
        {
            Assert.That(beforeCommit, Is.Zero);
            Assert.That(requests.Count, Is.EqualTo(1));
            Assert.That(EnqueuedDispatchJobs, Is.EqualTo(1).After(5000, 10));
        });
    }

    [Test]
    public async Task ShouldNotRequestDispatchWhenTheProducerRollsBack()
    {
        await InTransactionAsync(commit: false);

        Assert.Multiple(() =>
        {
            Assert.That(requests.Count, Is.Zero);
            Assert.That(EnqueuedDispatchJobs(), Is.Zero);
        });
    }

    private Task<int> InTransactionAsync(bool commit) => host.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<WorkflowsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await services.GetRequiredService<IMailOutbox>().EnqueueAsync(MailTestHost.Mail("test:transaction"), CancellationToken.None);
        await db.SaveChangesAsync();
        var beforeCommit = requests.Count;
        if (commit)
            await transaction.CommitAsync();
        else
            await transaction.RollbackAsync();
        return beforeCommit;
    });

    private long EnqueuedDispatchJobs() =>
        storage.GetMonitoringApi().EnqueuedJobs("default", 0, 100).Count(job => job.Value.Job.Type == typeof(MailDispatchJob));

    /// <summary>Counts the dispatch requests as they are made, and hands each on.</summary>
    private sealed class RecordingTrigger(IMailDispatchTrigger inner) : IMailDispatchTrigger
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void RequestDispatch()
        {
            Interlocked.Increment(ref count);
            inner.RequestDispatch();
        }
    }

    /// <summary>A client whose writes wait until <paramref name="open"/> is set, as a slow storage would.</summary>
    private sealed class HeldJobClient(IBackgroundJobClient inner, ManualResetEventSlim open) : IBackgroundJobClient
    {
        private int writing;

        /// <summary>The writes started and not yet done.</summary>
        public int Writing => Volatile.Read(ref writing);

        public string Create(Job job, IState state)
        {
            Interlocked.Increment(ref writing);
            try
            {
                open.Wait(TimeSpan.FromSeconds(30));
                return inner.Create(job, state);
            }
            finally
            {
                Interlocked.Decrement(ref writing);
            }
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => inner.ChangeState(jobId, state, expectedState);
    }
}
