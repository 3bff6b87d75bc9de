using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Mail.Outbox;
using Workflows.Runtime.Tests.Mail.Support;

namespace Workflows.Runtime.Tests.Mail;

/// <summary>The relay is down: the queue waits as a whole and no mail loses an attempt.</summary>
public sealed class SmtpOutageTests
{
    private const int MailCount = 3;

    private InProcessSmtpServer smtp = null!;
    private MailTestHost host = null!;

    [SetUp]
    public async Task StartWithSmtpDownAsync()
    {
        smtp = InProcessSmtpServer.OnFreePort();
        var settings = MailTestHost.SmtpSettings(smtp);
        settings["Mail:MaxAttempts"] = "3";
        settings["Mail:FirstRetryDelay"] = "00:01:00";
        settings["Mail:MaxRelayRetryDelay"] = "00:05:00";
        host = await MailTestHost.StartAsync(settings);
        for (var i = 0; i < MailCount; i++)
            await host.EnqueueAsync(MailTestHost.Mail($"test:outage:{i}"));
    }

    [TearDown]
    public async Task StopAsync()
    {
        await host.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Test]
    public async Task ShouldKeepEveryMailPendingWithoutChargingAnAttemptWhileTheRelayIsDown()
    {
        await host.DispatchAsync();

        var rows = await host.OutboxAsync();
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.Status), Is.All.EqualTo(MailStatus.Pending));
            Assert.That(rows.Select(r => r.Attempts), Is.All.EqualTo(0));
            Assert.That(rows.Select(r => r.LockOwner), Is.All.Null);
            Assert.That(rows.Select(r => r.LastError), Is.All.StartsWith("Relay unreachable"));
        });
    }

    [Test]
    public async Task ShouldNotTryTheRelayAgainBeforeTheQueueBackOffHasPassed()
    {
        await host.DispatchAsync();
        await smtp.StartAsync();
        await host.EnqueueAsync(MailTestHost.Mail("test:outage:new"));
        host.Time.Advance(TimeSpan.FromSeconds(59));

        await host.DispatchAsync();

        Assert.That(smtp.Received, Is.Empty);
    }

    [Test]
    public async Task ShouldDoubleTheQueueBackOffUpToItsCap()
    {
        var relay = host.Services.GetRequiredService<MailRelayBackOff>();
        var waits = new List<TimeSpan>();
        for (var failure = 0; failure < 5; failure++)
        {
            await host.DispatchAsync();
            waits.Add(relay.RetryAt!.Value - host.Time.GetUtcNow());
            host.Time.Advance(waits[^1]);
        }

        Assert.That(waits, Is.EqualTo(new[] { 1, 2, 4, 5, 5 }.Select(minutes => TimeSpan.FromMinutes(minutes))));
    }

    [Test]
    public async Task ShouldDeliverEveryMailOnceWithOneAttemptAfterAnOutageOfHours()
    {
        // Three hours of polls every 15 seconds: the old dispatcher failed every mail for good after its 3 attempts.
        for (var poll = 0; poll < 3 * 60 * 4; poll++)
        {
            await host.DispatchAsync();
            host.Time.Advance(TimeSpan.FromSeconds(15));
        }
        await smtp.StartAsync();
        host.Time.Advance(TimeSpan.FromMinutes(5));

        await host.DispatchAsync();
        await host.DispatchAsync();

        var rows = await host.OutboxAsync();
        Assert.Multiple(() =>
        {
            Assert.That(smtp.ReceivedKeys, Has.Count.EqualTo(MailCount).And.Unique);
            Assert.That(rows.Select(r => r.Status), Is.All.EqualTo(MailStatus.Sent));
            Assert.That(rows.Select(r => r.Attempts), Is.All.EqualTo(1));
        });
    }
}
