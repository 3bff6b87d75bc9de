using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmtpServer.Protocol;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Tests.Mail.Support;

namespace Workflows.Runtime.Tests.Mail;

/// <summary>The relay answers RCPT TO with 4xx or 5xx: temporary rejections wait their back-off, permanent ones fail at once.</summary>
public sealed class SmtpRejectionTests
{
    private const string Unknown = "nobody@county.gov.cn";
    private static readonly SmtpResponse UserUnknown = new((SmtpReplyCode)550, "5.1.1 <nobody@county.gov.cn>: Recipient address rejected: User unknown");
    private static readonly SmtpResponse TryLater = new((SmtpReplyCode)451, "4.7.1 Greylisted, try again later");

    private InProcessSmtpServer smtp = null!;
    private MailTestHost host = null!;
    private RecordingLoggerProvider log = null!;

    [SetUp]
    public async Task StartAsync()
    {
        smtp = InProcessSmtpServer.OnFreePort();
        await smtp.StartAsync();
        var settings = MailTestHost.SmtpSettings(smtp);
        settings["Mail:MaxAttempts"] = "3";
        settings["Mail:FirstRetryDelay"] = "00:01:00";
        log = new RecordingLoggerProvider();
        host = await MailTestHost.StartAsync(settings, configure: services => services.AddSingleton<ILoggerProvider>(log));
    }

    [TearDown]
    public async Task StopAsync()
    {
        await host.DisposeAsync();
        await smtp.DisposeAsync();
        log.Dispose();
    }

    [Test]
    public async Task ShouldFailARecipientTheRelayRejectsPermanentlyAtOnceAndDeliverTheOthers()
    {
        smtp.RecipientReply = address => address == Unknown ? UserUnknown : null;
        await host.EnqueueAsync(MailTestHost.Mail("notice:1:zhang", "张三 <zhang@county.gov.cn>"));
        await host.EnqueueAsync(MailTestHost.Mail("notice:1:nobody", $"查无此人 <{Unknown}>"));
        await host.EnqueueAsync(MailTestHost.Mail("notice:1:wang", "王五 <wang@county.gov.cn>"));

        await host.DispatchAsync();
        host.Time.Advance(TimeSpan.FromHours(3));
        await host.DispatchAsync();

        var rows = (await host.OutboxAsync()).ToDictionary(r => r.IdempotencyKey);
        Assert.Multiple(() =>
        {
            Assert.That(smtp.ReceivedKeys, Is.EquivalentTo(new[] { "notice:1:zhang", "notice:1:wang" }));
            Assert.That(rows["notice:1:nobody"].Status, Is.EqualTo(MailStatus.Failed));
            Assert.That(rows["notice:1:nobody"].Attempts, Is.EqualTo(1));
            Assert.That(rows["notice:1:nobody"].LastError, Does.StartWith("550 ").And.Contain("User unknown"));
            Assert.That(rows["notice:1:zhang"].Status, Is.EqualTo(MailStatus.Sent));
            Assert.That(rows["notice:1:wang"].Status, Is.EqualTo(MailStatus.Sent));
        });
    }

    [Test]
    public async Task ShouldLogOneErrorLineNamingTheMailWhenItFailsForGood()
    {
        smtp.RecipientReply = _ => UserUnknown;
        await host.EnqueueAsync(MailTestHost.Mail("notice:2:nobody", Unknown));

        await host.DispatchAsync();

        var row = (await host.OutboxAsync()).Single();
        var errors = log.Lines.Where(line => line.Level >= LogLevel.Error).Select(line => line.Message).ToList();
        Assert.That(errors, Has.Count.EqualTo(1).And.Some.Contain(row.Id.ToString()).And.Some.Contain("550"));
    }

    [Test]
    public async Task ShouldRetryATemporaryRejectionAfterItsBackOffAndDeliverOnce()
    {
        var rejections = 1;
        smtp.RecipientReply = _ => Interlocked.Decrement(ref rejections) >= 0 ? TryLater : null;
        await host.EnqueueAsync(MailTestHost.Mail("notice:3:zhang"));

        await host.DispatchAsync();
        var waiting = (await host.OutboxAsync()).Single();
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.DispatchAsync();
        await host.DispatchAsync();

        var row = (await host.OutboxAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(waiting.Status, Is.EqualTo(MailStatus.Pending));
            Assert.That(waiting.NextAttemptAt, Is.EqualTo(MailTestHost.Start.AddMinutes(1)));
            Assert.That(waiting.LastError, Does.StartWith("451 ").And.Contain("Greylisted"));
            Assert.That(row.Status, Is.EqualTo(MailStatus.Sent));
            Assert.That(row.Attempts, Is.EqualTo(2));
            Assert.That(smtp.ReceivedKeys, Is.EqualTo(new[] { "notice:3:zhang" }));
        });
    }

    [Test]
    public async Task ShouldDoubleTheWaitAfterEachTemporaryRejection()
    {
        smtp.RecipientReply = _ => TryLater;
        await host.EnqueueAsync(MailTestHost.Mail("notice:4:zhang"));

        await host.DispatchAsync();
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.DispatchAsync();

        var row = (await host.OutboxAsync()).Single();
        Assert.That(row.NextAttemptAt, Is.EqualTo(host.Time.GetUtcNow().AddMinutes(2)));
    }

    [Test]
    public async Task ShouldFailAMailAfterMaxAttemptsOfTemporaryRejections()
    {
        smtp.RecipientReply = _ => TryLater;
        await host.EnqueueAsync(MailTestHost.Mail("notice:5:zhang"));

        for (var attempt = 0; attempt < 4; attempt++)
        {
            await host.DispatchAsync();
            host.Time.Advance(TimeSpan.FromHours(1));
        }

        var row = (await host.OutboxAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.Status, Is.EqualTo(MailStatus.Failed));
            Assert.That(row.Attempts, Is.EqualTo(3));
            Assert.That(row.LastError, Does.StartWith("451 "));
            Assert.That(smtp.Received, Is.Empty);
        });
    }
}
