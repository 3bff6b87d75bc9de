using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Workflows.Runtime.Mail.Digest;
using Workflows.Runtime.Mail.Outbox;
using Workflows.Runtime.Tests.Mail.Support;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Mail;

public sealed class MailRecurringJobsTests
{
    [Test]
    public async Task ShouldScheduleTheDispatcherEveryFifteenSecondsAndTheDigestAtLocalDigestTime()
    {
        QuietHangfireLog.Install();
        using var storage = new InMemoryStorage();
        await using var host = await MailTestHost.StartAsync(
            new Dictionary<string, string?> { ["Mail:DigestTime"] = "07:45" },
            configure: services => services.AddSingleton<IRecurringJobManager>(new RecurringJobManager(storage)));

        foreach (var hosted in host.Services.GetServices<IHostedService>())
            await hosted.StartAsync(CancellationToken.None);

        using var connection = storage.GetConnection();
        var jobs = connection.GetRecurringJobs().ToDictionary(job => job.Id);
        Assert.Multiple(() =>
        {
            Assert.That(jobs[MailDispatchJob.RecurringJobId].Cron, Is.EqualTo("*/15 * * * * *"));
            Assert.That(jobs[DailyDigestJob.RecurringJobId].Cron, Is.EqualTo("45 7 * * *"));
            Assert.That(jobs[DailyDigestJob.RecurringJobId].TimeZoneId, Is.EqualTo("Asia/Shanghai"));
        });
    }
}
