using Hangfire;
using Hangfire.InMemory;
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

    [SetUp]
    public async Task StartAsync()
    {
        QuietHangfireLog.Install();
        storage = new InMemoryStorage();
        clientsCreated = 0;
        host = await MailTestHost.StartAsync(
            new Dictionary<string, string?>(),
            // A client over its own storage: Hangfire's global configuration would leak between tests.
            configure: services => services.AddSingleton<IBackgroundJobClient>(_ =>
            {
                clientsCreated++;
                return new BackgroundJobClient(storage);
            }));
    }

    [TearDown]
    public async Task StopAsync()
    {
        await host.DisposeAsync();
        storage.Dispose();
    }

    [Test]
    public void ShouldNotOpenHangfireWhenTheDbContextAndItsInterceptorsAreBuilt() =>
        // The host built a DbContext to create the schema; Hangfire.PostgreSql must not be opened before migrations.
        Assert.That(clientsCreated, Is.Zero);

    [Test]
    public async Task ShouldRequestDispatchWhenTheProducerSaves()
    {
        await host.EnqueueAsync(MailTestHost.Mail("test:trigger"));

        Assert.That(EnqueuedDispatchJobs(), Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldWaitForTheProducersCommitBeforeRequestingDispatch()
    {
        var beforeCommit = await InTransactionAsync(commit: true);

        Assert.Multiple(() =>
        {
            Assert.That(beforeCommit, Is.Zero);
            Assert.That(EnqueuedDispatchJobs(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ShouldNotRequestDispatchWhenTheProducerRollsBack()
    {
        await InTransactionAsync(commit: false);

        Assert.That(EnqueuedDispatchJobs(), Is.Zero);
    }

    private Task<long> InTransactionAsync(bool commit) => host.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<WorkflowsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await services.GetRequiredService<IMailOutbox>().EnqueueAsync(MailTestHost.Mail("test:transaction"), CancellationToken.None);
        await db.SaveChangesAsync();
        var beforeCommit = EnqueuedDispatchJobs();
        if (commit)
            await transaction.CommitAsync();
        else
            await transaction.RollbackAsync();
        return beforeCommit;
    });

    private long EnqueuedDispatchJobs() =>
        storage.GetMonitoringApi().EnqueuedJobs("default", 0, 100).Count(job => job.Value.Job.Type == typeof(MailDispatchJob));
}
