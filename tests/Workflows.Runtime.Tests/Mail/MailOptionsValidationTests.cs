using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflows.Runtime.Mail;
using Workflows.Runtime.Tests.Mail.Support;

namespace Workflows.Runtime.Tests.Mail;

public sealed class MailOptionsValidationTests
{
    [Test]
    public async Task ShouldRejectBadMailSectionWithOneLinePerProblem()
    {
        await using var host = await MailTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Mail:From"] = "not a mail address",
            ["Mail:Language"] = "fr",
        });

        var error = Assert.Throws<OptionsValidationException>(() => _ = host.Services.GetRequiredService<IOptions<MailOptions>>().Value);

        Assert.That(error!.Failures, Has.Some.Contains("Mail:From").And.Some.Contains("Mail:Language"));
    }

    [Test]
    public async Task ShouldRejectALockThatDoesNotOutlastTwoSendTimeouts()
    {
        await using var host = await MailTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Mail:LockDuration"] = "00:00:30",
            ["Mail:SendTimeout"] = "00:00:20",
        });

        var error = Assert.Throws<OptionsValidationException>(() => _ = host.Services.GetRequiredService<IOptions<MailOptions>>().Value);

        Assert.That(error!.Failures, Has.Some.Contains("Mail:LockDuration"));
    }

    [Test]
    public async Task ShouldRejectTheLocalhostSenderOfDevelopmentWhenARelayIsSet()
    {
        await using var host = await MailTestHost.StartAsync(new Dictionary<string, string?> { ["Mail:Host"] = "smtp.county.gov.cn" });

        var error = Assert.Throws<OptionsValidationException>(() => _ = host.Services.GetRequiredService<IOptions<MailOptions>>().Value);

        Assert.That(error!.Failures, Has.Some.Contains("Mail:From"));
    }

    [Test]
    public async Task ShouldDefaultToPickupDirectoryUnderData()
    {
        await using var host = await MailTestHost.StartAsync(new Dictionary<string, string?>());

        var options = host.Services.GetRequiredService<IOptions<MailOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That(options.UsesSmtp, Is.False);
            Assert.That(options.PickupDirectory, Is.EqualTo(Path.Combine("data", "mail")));
            Assert.That(options.DigestTime, Is.EqualTo(new TimeOnly(8, 30)));
        });
    }
}
