using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Mail.Outbox;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// A host whose SMTP relay refuses every connection: once its dispatcher has met the refusal, /health says mail is
/// Degraded and the outbox names the outage. The relay stays down for the whole fixture, so no dispatch can end it.
/// </summary>
public sealed class MailRelayOutageHealthTests(string provider) : HostFixture(provider)
{
    private static readonly int ClosedPort = FindClosedPort();

    protected override void ConfigureHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Mail:Host", "127.0.0.1");
        builder.UseSetting("Mail:Port", ClosedPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Tls", "None");
        builder.UseSetting("Mail:From", "项目审批平台 <workflows@county.gov.cn>");
    }

    [Test]
    public async Task ShouldReportMailDegradedWhileTheRelayCannotBeReached()
    {
        await QueueMailAsync();
        await using (var scope = App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<MailDispatcher>().DispatchDueAsync(CancellationToken.None);

        var report = await Anonymous().GetFromJsonAsync<JsonElement>("/health");
        var outbox = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>("/api/mail/outbox");

        Assert.Multiple(() =>
        {
            Assert.That(report.GetProperty("checks").GetProperty("mail").GetProperty("status").GetString(), Is.EqualTo("Degraded"));
            Assert.That(outbox.GetProperty("relay").GetProperty("outage").GetString(), Is.Not.Null.And.Not.Empty);
        });
    }

    private async Task QueueMailAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var now = DateTimeOffset.UtcNow;
        db.Add(new MailOutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            IdempotencyKey = $"test:queued:{Guid.NewGuid():N}",
            To = "县大数据局 <bureau@county.gov.cn>",
            Subject = "【待办】合同备案",
            HtmlBody = "<p>请办理</p>",
            TextBody = "请办理",
            CreatedAt = now,
            NextAttemptAt = now.AddMinutes(-1),
            Status = MailStatus.Pending,
        });
        await db.SaveChangesAsync();
    }

    private static int FindClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
