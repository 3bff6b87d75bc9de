using Workflows.Persistence.Configuration;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Tests.Mail.Support;

namespace Workflows.Runtime.Tests.Mail;

public sealed class DispatcherConcurrencyTests
{
    private const int MailCount = 40;

    [TestCase(DatabaseProvider.Sqlite)]
    [TestCase(DatabaseProvider.PostgreSql)]
    public async Task ShouldDeliverEachMailOnceWhenDispatchersRunConcurrently(DatabaseProvider provider)
    {
        await using var smtp = InProcessSmtpServer.OnFreePort();
        await smtp.StartAsync();
        var settings = MailTestHost.SmtpSettings(smtp);
        settings["Mail:BatchSize"] = "10";
        await using var host = await MailTestHost.StartAsync(settings, provider);
        for (var i = 0; i < MailCount; i++)
            await host.EnqueueAsync(MailTestHost.Mail($"test:concurrent:{i:D2}"));

        // Four dispatchers race until the outbox is drained; each runs in its own scope and connection.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (await host.DispatchAsync() > 0)
            {
            }
        })));

        var keys = smtp.Received.Select(m => m.Headers["X-Workflows-Idempotency-Key"]).ToList();
        var rows = await host.OutboxAsync();
        Assert.Multiple(() =>
        {
            Assert.That(keys, Has.Count.EqualTo(MailCount));
            Assert.That(keys, Is.Unique);
            Assert.That(rows.Select(r => r.Status), Is.All.EqualTo(MailStatus.Sent));
            Assert.That(rows.Select(r => r.Attempts), Is.All.EqualTo(1));
        });
    }
}
