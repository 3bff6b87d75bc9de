using MimeKit;
using Workflows.Runtime.Tests.Mail.Support;

namespace Workflows.Runtime.Tests.Mail;

public sealed class PickupDirectoryTests
{
    private string directory = null!;
    private MailTestHost host = null!;

    [SetUp]
    public async Task StartWithoutSmtpHostAsync()
    {
        directory = Path.Combine(Path.GetTempPath(), $"wf-mail-pickup-{Guid.NewGuid():N}");
        host = await MailTestHost.StartAsync(new Dictionary<string, string?> { ["Mail:PickupDirectory"] = directory });
    }

    [TearDown]
    public async Task StopAsync()
    {
        await host.DisposeAsync();
        if (Directory.Exists(directory))
            Directory.Delete(directory, recursive: true);
    }

    [Test]
    public async Task ShouldWriteParseableEmlFileWhenNoSmtpHostIsConfigured()
    {
        await host.EnqueueAsync(MailTestHost.Mail("test:pickup"));

        await host.DispatchAsync();

        var file = Directory.GetFiles(directory, "*.eml").Single();
        var message = await MimeMessage.LoadAsync(file);
        Assert.Multiple(() =>
        {
            Assert.That(message.Subject, Is.EqualTo("【待办】合同备案"));
            Assert.That(message.To.Mailboxes.Single().Address, Is.EqualTo("zhang@county.gov.cn"));
            Assert.That(message.TextBody, Does.Contain("请办理"));
        });
    }

    [Test]
    public async Task ShouldLeaveNoTemporaryFilesBehind()
    {
        await host.EnqueueAsync(MailTestHost.Mail("test:pickup-temp"));

        await host.DispatchAsync();

        Assert.That(Directory.GetFiles(directory).Select(Path.GetExtension), Is.All.EqualTo(".eml"));
    }
}
