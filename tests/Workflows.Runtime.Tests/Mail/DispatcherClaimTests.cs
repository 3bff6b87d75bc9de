using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Mail;
using Workflows.Runtime.Mail.Outbox;
using Workflows.Runtime.Tests.Mail.Support;

namespace Workflows.Runtime.Tests.Mail;

/// <summary>Claims are short and renewed while sending: a slow batch keeps its mails, a dead one loses them within a minute.</summary>
public sealed class DispatcherClaimTests
{
    private const int MailCount = 5;

    private InProcessSmtpServer smtp = null!;
    private MailTestHost host = null!;

    [SetUp]
    public async Task StartAsync()
    {
        smtp = InProcessSmtpServer.OnFreePort();
        await smtp.StartAsync();
        host = await MailTestHost.StartAsync(MailTestHost.SmtpSettings(smtp));
        for (var i = 0; i < MailCount; i++)
            await host.EnqueueAsync(MailTestHost.Mail($"test:claim:{i}"));
    }

    [TearDown]
    public async Task StopAsync()
    {
        await host.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Test]
    public void ShouldLockForOneMinuteByDefault()
    {
        Assert.That(host.Services.GetRequiredService<IOptions<MailOptions>>().Value.LockDuration, Is.EqualTo(TimeSpan.FromMinutes(1)));
    }

    [Test]
    public async Task ShouldTakeOverTheMailsOfADeadDispatcherWithinAMinute()
    {
        var dead = await ClaimAsync("dead-dispatcher");

        host.Time.Advance(TimeSpan.FromSeconds(59));
        var beforeTheLockLapsed = await host.DispatchAsync();
        host.Time.Advance(TimeSpan.FromSeconds(2));
        var afterTheLockLapsed = await host.DispatchAsync();

        var rows = await host.OutboxAsync();
        Assert.Multiple(() =>
        {
            Assert.That(dead, Has.Count.EqualTo(MailCount));
            Assert.That((beforeTheLockLapsed, afterTheLockLapsed), Is.EqualTo((0, MailCount)));
            Assert.That(smtp.ReceivedKeys, Has.Count.EqualTo(MailCount).And.Unique);
            Assert.That(rows.Select(r => r.Attempts), Is.All.EqualTo(1));
        });
    }

    [Test]
    public async Task ShouldNotSendTheMailsOfABatchThatOutlastedItsClaimAndWasTakenOver()
    {
        // A slow relay held the first dispatcher past its lock; a second run took the batch over and sent it.
        var slow = await ClaimAsync("slow-dispatcher");
        host.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var takenOver = await host.DispatchAsync();

        var sentBySlow = await host.InScopeAsync(services =>
            services.GetRequiredService<MailDispatcher>().SendClaimedAsync("slow-dispatcher", slow, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That((takenOver, sentBySlow), Is.EqualTo((MailCount, 0)));
            Assert.That(smtp.ReceivedKeys, Has.Count.EqualTo(MailCount).And.Unique);
        });
    }

    [Test]
    public async Task ShouldKeepTheClaimOfASlowBatchWhileItIsStillSending()
    {
        // Each mail takes the relay 200 ms of real time, and 40 s of the fake clock pass while it does: the batch
        // outlasts one lock period three times over, yet a second dispatcher polling meanwhile finds nothing to take.
        smtp.SaveDelay = TimeSpan.FromMilliseconds(200);
        smtp.OnReceived = () => host.Time.Advance(TimeSpan.FromSeconds(40));

        var slow = host.DispatchAsync();
        while (smtp.Received.Count == 0 && !slow.IsCompleted)
            await Task.Delay(10);
        var takenOver = 0;
        while (!slow.IsCompleted)
        {
            takenOver += await host.DispatchAsync();
            await Task.Delay(25);
        }

        var sentBySlow = await slow;
        var rows = await host.OutboxAsync();
        Assert.Multiple(() =>
        {
            Assert.That(sentBySlow, Is.EqualTo(MailCount));
            Assert.That(takenOver, Is.Zero);
            Assert.That(smtp.ReceivedKeys, Has.Count.EqualTo(MailCount).And.Unique);
            Assert.That(rows.Select(r => r.Status), Is.All.EqualTo(MailStatus.Sent));
        });
    }

    private Task<IReadOnlyList<MailOutboxMessage>> ClaimAsync(string owner) =>
        host.InScopeAsync(services => services.GetRequiredService<MailClaim>().ClaimDueAsync(owner, CancellationToken.None));
}
