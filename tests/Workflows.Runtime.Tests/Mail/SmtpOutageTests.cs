using Workflows.Persistence.Mail;
using Workflows.Runtime.Tests.Mail.Support;

namespace Workflows.Runtime.Tests.Mail;

public sealed class SmtpOutageTests
{
    private InProcessSmtpServer smtp = null!;
    private MailTestHost host = null!;

    [SetUp]
    public async Task StartWithSmtpDownAsync()
    {
        smtp = InProcessSmtpServer.OnFreePort();
        var settings = MailTestHost.SmtpSettings(smtp);
        settings["Mail:MaxAttempts"] = "3";
        settings["Mail:FirstRetryDelay"] = "00:01:00";
        host = await MailTestHost.StartAsync(settings);
        await host.EnqueueAsync(MailTestHost.Mail("test:outage"));
    }

    [TearDown]
    public async Task StopAsync()
    {
        await host.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Test]
    public async Task ShouldKeepMailPendingWithBackOffWhileSmtpIsDown()
    {
        await host.DispatchAsync();

        var row = (await host.OutboxAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.Status, Is.EqualTo(MailStatus.Pending));
            Assert.That(row.Attempts, Is.EqualTo(1));
            Assert.That(row.NextAttemptAt, Is.EqualTo(MailTestHost.Start.AddMinutes(1)));
            Assert.That(row.LastError, Is.Not.Empty);
            Assert.That(row.LockOwner, Is.Null);
        });
    }

    [Test]
    public async Task ShouldDoubleTheWaitAfterEachFailedAttempt()
    {
        await host.DispatchAsync();
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.DispatchAsync();

        var row = (await host.OutboxAsync()).Single();
        Assert.That(row.NextAttemptAt, Is.EqualTo(host.Time.GetUtcNow().AddMinutes(2)));
    }

    [Test]
    public async Task ShouldNotRetryBeforeTheBackOffHasPassed()
    {
        await host.DispatchAsync();
        await smtp.StartAsync();
        host.Time.Advance(TimeSpan.FromSeconds(59));

        await host.DispatchAsync();

        Assert.That(smtp.Received, Is.Empty);
    }

    [Test]
    public async Task ShouldDeliverOnceWhenSmtpComesBack()
    {
        await host.DispatchAsync();
        await smtp.StartAsync();
        host.Time.Advance(TimeSpan.FromMinutes(1));

        await host.DispatchAsync();
        await host.DispatchAsync();

        var row = (await host.OutboxAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(smtp.Received, Has.Count.EqualTo(1));
            Assert.That(row.Status, Is.EqualTo(MailStatus.Sent));
            Assert.That(row.Attempts, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task ShouldMarkMailFailedAfterMaxAttempts()
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await host.DispatchAsync();
            host.Time.Advance(TimeSpan.FromHours(1));
        }
        await smtp.StartAsync();
        await host.DispatchAsync();

        var row = (await host.OutboxAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.Status, Is.EqualTo(MailStatus.Failed));
            Assert.That(row.Attempts, Is.EqualTo(3));
            Assert.That(row.LastError, Is.Not.Empty);
            Assert.That(smtp.Received, Is.Empty);
        });
    }
}
