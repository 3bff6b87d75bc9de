using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence.Configuration;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Mail.Outbox;
using Workflows.Runtime.Tests.Mail.Support;

namespace Workflows.Runtime.Tests.Mail;

/// <summary>
/// A batch of N mails is N + 1 write transactions (the claim with the first attempt, then each outcome with the next
/// attempt), and every attempt is committed before its send: a dispatcher that dies between a send and its record
/// leaves the mail to be sent again once its claim lapses, and recorded once.
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class DispatcherTransactionTests(DatabaseProvider provider)
{
    private const int MailCount = 5;

    private InProcessSmtpServer smtp = null!;
    private MailTestHost host = null!;
    private readonly CommitCounter commits = new();
    private readonly OutcomeCrash crash = new();

    [SetUp]
    public async Task StartAsync()
    {
        smtp = InProcessSmtpServer.OnFreePort();
        await smtp.StartAsync();
        host = await MailTestHost.StartAsync(MailTestHost.SmtpSettings(smtp), provider, services => services
            .AddSingleton<IInterceptor>(commits)
            .AddSingleton<IInterceptor>(crash));
    }

    [TearDown]
    public async Task StopAsync()
    {
        await host.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Test]
    public async Task ShouldClaimSendAndRecordABatchOfNMailsInNPlusOneTransactions()
    {
        for (var i = 0; i < MailCount; i++)
            await host.EnqueueAsync(MailTestHost.Mail($"test:batch:{i}"));
        commits.Count = 0;

        var delivered = await host.DispatchAsync();

        var rows = await host.OutboxAsync();
        Assert.Multiple(() =>
        {
            Assert.That(delivered, Is.EqualTo(MailCount));
            Assert.That(commits.Count, Is.EqualTo(MailCount + 1));
            Assert.That(smtp.ReceivedKeys, Has.Count.EqualTo(MailCount).And.Unique);
            Assert.That(rows.Select(r => (r.Status, r.Attempts, r.LockOwner)), Is.All.EqualTo((MailStatus.Sent, 1, (string?)null)));
        });
    }

    [Test]
    public async Task ShouldSendAgainAndRecordOnceAMailWhoseDispatcherDiedBetweenTheSendAndItsRecord()
    {
        await host.EnqueueAsync(MailTestHost.Mail("test:crash"));
        crash.Armed = true;

        Assert.That(host.DispatchAsync, Throws.InstanceOf<OutcomeCrash.Died>());
        var left = (await host.OutboxAsync()).Single();
        var receivedBeforeTheLockLapsed = smtp.ReceivedKeys.Count;
        var beforeTheLockLapsed = await host.DispatchAsync();
        host.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var afterTheLockLapsed = await host.DispatchAsync();
        var sent = (await host.OutboxAsync()).Single();

        // The dead dispatcher's record, were it to come late, changes nothing: the claim is no longer its own.
        host.Time.Advance(TimeSpan.FromMinutes(5));
        await host.InScopeAsync(async services =>
        {
            await services.GetRequiredService<MailDeliveryRecorder>().RecordSentAsync(left, left.LockOwner!, CancellationToken.None);
            return 0;
        });
        var afterTheLateRecord = (await host.OutboxAsync()).Single();

        Assert.Multiple(() =>
        {
            Assert.That((left.Status, left.Attempts, left.LockOwner), Is.EqualTo((MailStatus.Pending, 1, left.LockOwner)));
            Assert.That(left.LockOwner, Is.Not.Null);
            Assert.That(receivedBeforeTheLockLapsed, Is.EqualTo(1));
            Assert.That((beforeTheLockLapsed, afterTheLockLapsed), Is.EqualTo((0, 1)));
            Assert.That(smtp.ReceivedKeys, Is.EqualTo(new[] { "test:crash", "test:crash" }));
            Assert.That((sent.Status, sent.Attempts, sent.LockOwner), Is.EqualTo((MailStatus.Sent, 2, (string?)null)));
            Assert.That(afterTheLateRecord.SentAt, Is.EqualTo(sent.SentAt));
        });
    }

    /// <summary>Counts committed write transactions: explicit ones, and writes that commit on their own.</summary>
    private sealed class CommitCounter : DbCommandInterceptor, IDbTransactionInterceptor
    {
        public int Count { get; set; }

        public override ValueTask<int> NonQueryExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if (command.Transaction is null)
                Count++;
            return ValueTask.FromResult(result);
        }

        public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Count++;

        public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Count++;
            return Task.CompletedTask;
        }
    }

    /// <summary>Once armed, the first write of a mail's outcome fails as if the process died just before it.</summary>
    private sealed class OutcomeCrash : DbCommandInterceptor
    {
        public sealed class Died() : Exception("The dispatcher died between the send and its record.");

        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Armed && command.CommandText.Contains("sent_at", StringComparison.Ordinal) && command.CommandText.TrimStart().StartsWith("UPDATE", StringComparison.Ordinal))
            {
                Armed = false;
                throw new Died();
            }
            return ValueTask.FromResult(result);
        }
    }
}
