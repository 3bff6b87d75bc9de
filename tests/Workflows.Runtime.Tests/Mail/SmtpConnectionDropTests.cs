using Workflows.Persistence.Mail;
using Workflows.Runtime.Tests.Mail.Support;

namespace Workflows.Runtime.Tests.Mail;

/// <summary>The connection breaks mid-batch: the batch goes on over a new connection, only the mail in flight waits.</summary>
public sealed class SmtpConnectionDropTests
{
    private const int MailCount = 5;

    private InProcessSmtpServer smtp = null!;
    private SmtpFaultProxy proxy = null!;
    private MailTestHost host = null!;

    [SetUp]
    public async Task StartAsync()
    {
        smtp = InProcessSmtpServer.OnFreePort();
        await smtp.StartAsync();
        proxy = SmtpFaultProxy.To(smtp);
        var settings = MailTestHost.SmtpSettings(smtp);
        settings["Mail:Port"] = proxy.Port.ToString();
        settings["Mail:FirstRetryDelay"] = "00:01:00";
        host = await MailTestHost.StartAsync(settings);
        for (var i = 0; i < MailCount; i++)
            await host.EnqueueAsync(MailTestHost.Mail($"test:drop:{i}"));
    }

    [TearDown]
    public async Task StopAsync()
    {
        await host.DisposeAsync();
        await proxy.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Test]
    public async Task ShouldReconnectAndSendTheRestOfTheBatchAfterADropDuringData()
    {
        proxy.DropDuringDataOf = 2;

        var delivered = await host.DispatchAsync();

        var rows = await host.OutboxAsync();
        var dropped = rows.Single(r => r.Status != MailStatus.Sent);
        Assert.Multiple(() =>
        {
            Assert.That(delivered, Is.EqualTo(MailCount - 1));
            Assert.That(proxy.Connections, Is.EqualTo(2));
            Assert.That(smtp.ReceivedKeys, Has.Count.EqualTo(MailCount - 1).And.Unique.And.No.EqualTo(dropped.IdempotencyKey));
            Assert.That(rows.Select(r => r.Attempts), Is.All.EqualTo(1));
            Assert.That(dropped.Status, Is.EqualTo(MailStatus.Pending));
            Assert.That(dropped.NextAttemptAt, Is.EqualTo(MailTestHost.Start.AddMinutes(1)));
        });
    }

    [Test]
    public async Task ShouldDeliverEveryMailOnceAfterADropDuringData()
    {
        proxy.DropDuringDataOf = 2;

        await host.DispatchAsync();
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.DispatchAsync();

        var rows = await host.OutboxAsync();
        Assert.Multiple(() =>
        {
            Assert.That(smtp.ReceivedKeys, Has.Count.EqualTo(MailCount).And.Unique);
            Assert.That(rows.Select(r => r.Status), Is.All.EqualTo(MailStatus.Sent));
        });
    }

    [Test]
    public async Task ShouldResendOnlyTheMailInFlightWithItsMessageIdAfterADropPastTheFinalDot()
    {
        proxy.DropAfterFinalDotOf = 2;

        await host.DispatchAsync();
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.DispatchAsync();

        // The relay had stored the mail when the line broke; the sender cannot know, so it sends it again, recognisably.
        var twice = smtp.Received.GroupBy(m => m.Headers["X-Workflows-Idempotency-Key"]).Where(g => g.Count() > 1).ToList();
        var rows = await host.OutboxAsync();
        Assert.Multiple(() =>
        {
            Assert.That(smtp.ReceivedKeys.Distinct().Count(), Is.EqualTo(MailCount));
            Assert.That(twice, Has.Count.EqualTo(1));
            Assert.That(twice[0].Select(m => m.MessageId).Distinct().Count(), Is.EqualTo(1));
            Assert.That(rows.Select(r => r.Status), Is.All.EqualTo(MailStatus.Sent));
            Assert.That(proxy.Connections, Is.EqualTo(3));
        });
    }
}
