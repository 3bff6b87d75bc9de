using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Workflows.Persistence;
using Workflows.Persistence.Configuration;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Common;
using Workflows.Runtime.Mail.Outbox;
using Workflows.Runtime.Tests.Mail.Support;

namespace Workflows.Runtime.Tests.Mail;

/// <summary>
/// A committed mail is sent by the committing node's wake-up, not at the next recurring run: the producer's nudge is a flag
/// in memory, a burst of nudges makes one run more, and a failed run neither reaches the producer nor stops the wake-up.
/// None of these tests runs the recurring <see cref="MailDispatchJob"/>: without the wake-up no mail would be sent.
/// </summary>
public sealed class DispatchWakeUpTests
{
    private InProcessSmtpServer smtp = null!;
    private MailTestHost host = null!;
    private MailDispatchWakeUp? wakeUp;
    private RecordingLoggerProvider logs = null!;
    private WriteGate? gate;
    // The dispatcher runs, counted as each resolves its dispatcher; the next resolution throws while failNext is set.
    private int runs;
    private bool failNext;

    [TearDown]
    public async Task StopAsync()
    {
        if (wakeUp is not null)
        {
            await wakeUp.StopAsync(CancellationToken.None);
            wakeUp.Dispose();
        }
        await host.DisposeAsync();
        await smtp.DisposeAsync();
        gate?.Dispose();
        gate = null;
        logs.Dispose();
    }

    [TestCase(DatabaseProvider.Sqlite)]
    [TestCase(DatabaseProvider.PostgreSql)]
    public async Task ShouldSendACommittedMailWithinSecondsWithoutTheRecurringRun(DatabaseProvider provider)
    {
        await StartAsync(provider);

        await host.EnqueueAsync(MailTestHost.Mail("test:woken"));

        Assert.That(() => smtp.ReceivedKeys, Is.EqualTo(new[] { "test:woken" }).After(5000, 20));
    }

    [Test]
    public async Task ShouldRunOnceMoreForEveryMailCommittedWhileARunWaits()
    {
        gate = new WriteGate(serialize: true);
        await StartAsync(DatabaseProvider.Sqlite, gate);
        var turn = await gate.EnterAsync(CancellationToken.None);
        await host.EnqueueAsync(MailTestHost.Mail("test:burst:00"));
        // The first run found its mail and waits for its turn to claim it, as it would behind the commands.
        Assert.That(() => gate.Waiting, Is.EqualTo(1).After(5000, 10));

        for (var i = 1; i <= 30; i++)
            await host.EnqueueAsync(MailTestHost.Mail($"test:burst:{i:D2}"));
        turn!.Dispose();

        Assert.That(() => smtp.ReceivedKeys.Count, Is.EqualTo(31).After(10_000, 20));
        // The server has a mail before the dispatcher hears its answer and marks the row sent: wait for the last mark too.
        Assert.That(async () => (await host.OutboxAsync()).Select(row => row.Status), Is.All.EqualTo(MailStatus.Sent).After(5000, 20));
        Assert.Multiple(() =>
        {
            Assert.That(smtp.ReceivedKeys, Is.Unique);
            Assert.That(Volatile.Read(ref runs), Is.EqualTo(2), "the waiting run, then one run for the thirty nudges");
        });
    }

    [Test]
    public async Task ShouldKeepWakingAfterARunFailsWithoutFailingTheProducer()
    {
        await StartAsync(DatabaseProvider.Sqlite);
        failNext = true;

        var first = await host.EnqueueAsync(MailTestHost.Mail("test:failed-run"));
        Assert.That(() => logs.Lines.Any(line => line.Level == LogLevel.Warning && line.Message.Contains("recurring run")), Is.True.After(5000, 20));
        await host.EnqueueAsync(MailTestHost.Mail("test:next-run"));

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.True);
            Assert.That(() => smtp.ReceivedKeys, Is.EquivalentTo(new[] { "test:failed-run", "test:next-run" }).After(5000, 20));
        });
    }

    [Test]
    public async Task ShouldNudgeOnlyOnceTheProducersTransactionCommits()
    {
        await StartAsync(DatabaseProvider.Sqlite, wake: false);
        var signal = host.Services.GetRequiredService<MailDispatchSignal>();

        var beforeCommit = await InTransactionAsync(commit: true, signal);
        var afterCommit = await NudgedAsync(signal);

        Assert.That((beforeCommit, afterCommit), Is.EqualTo((false, true)));
    }

    [Test]
    public async Task ShouldNotNudgeWhenTheProducerRollsBack()
    {
        await StartAsync(DatabaseProvider.Sqlite, wake: false);
        var signal = host.Services.GetRequiredService<MailDispatchSignal>();

        await InTransactionAsync(commit: false, signal);

        Assert.That(await NudgedAsync(signal), Is.False);
    }

    [Test]
    public async Task ShouldNotNudgeForAMailWhoseSaveFailedWhenItsTransactionCommitsTheRest()
    {
        await StartAsync(DatabaseProvider.Sqlite, wake: false);
        var signal = host.Services.GetRequiredService<MailDispatchSignal>();
        await host.EnqueueAsync(MailTestHost.Mail("test:taken"));
        await NudgedAsync(signal);

        var (saveFailed, beforeCommit) = await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<WorkflowsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            // A mail whose key is already taken: its save fails on the unique index, the rest of the transaction stands.
            await services.GetRequiredService<IMailOutbox>().EnqueueAsync(MailTestHost.Mail("test:second"), CancellationToken.None);
            db.ChangeTracker.Entries<MailOutboxMessage>().Single().Entity.IdempotencyKey = "test:taken";
            var failed = false;
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                failed = true;
            }
            db.ChangeTracker.Clear();
            var nudgedBeforeCommit = await NudgedAsync(signal);
            // The transaction goes on without the mail and commits.
            await transaction.CommitAsync();
            return (failed, nudgedBeforeCommit);
        });

        Assert.Multiple(async () =>
        {
            Assert.That(saveFailed, Is.True, "the duplicate key must fail the save");
            Assert.That(beforeCommit, Is.False);
            Assert.That(await NudgedAsync(signal), Is.False, "no mail was committed: nothing to dispatch");
            Assert.That(await host.OutboxAsync(), Has.Count.EqualTo(1));
        });
    }

    [TestCase(DatabaseProvider.Sqlite)]
    [TestCase(DatabaseProvider.PostgreSql)]
    public async Task ShouldNotNudgeForAMailOfATransactionDisposedUncommittedWhenTheNextOneCommits(DatabaseProvider provider)
    {
        await StartAsync(provider, wake: false);
        var signal = host.Services.GetRequiredService<MailDispatchSignal>();

        await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<WorkflowsDbContext>();
            // A command that saved a mail and then failed: its transaction is disposed without a commit, as a rerun does.
            await using (await db.Database.BeginTransactionAsync())
            {
                await services.GetRequiredService<IMailOutbox>().EnqueueAsync(MailTestHost.Mail("test:abandoned"), CancellationToken.None);
                await db.SaveChangesAsync();
            }
            db.ChangeTracker.Clear();
            // The next transaction of the same context commits no mail.
            await using var next = await db.Database.BeginTransactionAsync();
            await db.SaveChangesAsync();
            await next.CommitAsync();
            return true;
        });

        Assert.Multiple(async () =>
        {
            Assert.That(await NudgedAsync(signal), Is.False, "no mail was committed: nothing to dispatch");
            Assert.That(await host.OutboxAsync(), Is.Empty);
        });
    }

    private async Task StartAsync(DatabaseProvider provider, WriteGate? writeGate = null, bool wake = true)
    {
        // NUnit runs every test of the fixture on one instance.
        (runs, failNext, wakeUp, logs) = (0, false, null, new RecordingLoggerProvider());
        smtp = InProcessSmtpServer.OnFreePort();
        await smtp.StartAsync();
        host = await MailTestHost.StartAsync(MailTestHost.SmtpSettings(smtp), provider, services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            if (writeGate is not null)
                services.AddSingleton(writeGate);
            services.AddScoped(provider =>
            {
                Interlocked.Increment(ref runs);
                if (failNext)
                {
                    failNext = false;
                    throw new InvalidOperationException("The dispatcher could not be built");
                }
                return ActivatorUtilities.CreateInstance<MailDispatcher>(provider);
            });
        });
        if (!wake)
            return;
        wakeUp = host.Services.GetServices<IHostedService>().OfType<MailDispatchWakeUp>().Single();
        await wakeUp.StartAsync(CancellationToken.None);
    }

    /// <summary>Saves a mail in a transaction and commits or rolls it back; returns whether a nudge came before the end.</summary>
    private Task<bool> InTransactionAsync(bool commit, MailDispatchSignal signal) => host.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<WorkflowsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await services.GetRequiredService<IMailOutbox>().EnqueueAsync(MailTestHost.Mail("test:transaction"), CancellationToken.None);
        await db.SaveChangesAsync();
        var beforeEnd = await NudgedAsync(signal);
        if (commit)
            await transaction.CommitAsync();
        else
            await transaction.RollbackAsync();
        return beforeEnd;
    });

    /// <summary>Takes a waiting nudge, if any.</summary>
    private static async Task<bool> NudgedAsync(MailDispatchSignal signal)
    {
        using var none = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        try
        {
            await signal.WaitAsync(none.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
