using Microsoft.Extensions.DependencyInjection;
using Workflows.Engine.Calendar;
using Workflows.Persistence.Mail;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Mail.Digest;
using Workflows.Runtime.Tests.Mail.Support;
using static Workflows.Runtime.Tests.Mail.Support.UserTaskSeed;

namespace Workflows.Runtime.Tests.Mail;

public sealed class DailyDigestTests
{
    private MailTestHost host = null!;

    [SetUp]
    public async Task StartAsync()
    {
        // Weekends only: enough to tell working days from calendar days.
        host = await MailTestHost.StartAsync(
            new Dictionary<string, string?>(),
            configure: services => services.AddSingleton<IBusinessCalendar>(new ChineseWorkingDayCalendar([])));
        await host.AddUserAsync("dept-a", "甲部门经办人", "dept-a@county.gov.cn", "dept-a");
    }

    [TearDown]
    public Task StopAsync() => host.DisposeAsync().AsTask();

    [Test]
    public async Task ShouldListOneOverdueAndOneDueSoonTaskWithLinks()
    {
        var overdue = ForGroup("提交合同备案", "dept-a", Shanghai(6, 9, 17));
        var dueSoon = ForGroup("提交验收报告", "dept-a", Shanghai(6, 12, 17));
        await SeedAsync(overdue, dueSoon);

        await RunDigestAsync();

        var mail = (await host.OutboxAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(mail.IdempotencyKey, Is.EqualTo("digest:dept-a:2025-06-10"));
            Assert.That(mail.Subject, Is.EqualTo("【每日待办提醒】2025年6月10日：已逾期 1 项，即将到期 1 项"));
            Assert.That(mail.TextBody, Does.Contain("已逾期").And.Contain("提交合同备案（截止 2025年6月9日 17:00）"));
            Assert.That(mail.TextBody, Does.Contain("即将到期（3 个工作日内）").And.Contain("提交验收报告（截止 2025年6月12日 17:00）"));
            Assert.That(mail.HtmlBody, Does.Contain($"http://localhost:5000/tasks/{overdue.Id}").And.Contain($"http://localhost:5000/tasks/{dueSoon.Id}"));
        });
    }

    [Test]
    public async Task ShouldCountDueSoonInWorkingDaysAcrossTheWeekend()
    {
        // Thursday 12 June: three working days reach Tuesday 17 June, three calendar days only Sunday.
        host.Time.SetUtcNow(Shanghai(6, 12, 9));
        await SeedAsync(ForGroup("整改报告", "dept-a", Shanghai(6, 17, 17)));

        await RunDigestAsync();

        Assert.That((await host.OutboxAsync()).Single().TextBody, Does.Contain("整改报告"));
    }

    [Test]
    public async Task ShouldLeaveOutTasksDueLaterClosedOrOfOtherGroups()
    {
        await SeedAsync(
            ForGroup("下月到期", "dept-a", Shanghai(7, 10, 17)),
            ForGroup("已办结", "dept-a", Shanghai(6, 9, 17), UserTaskStatus.Completed),
            ForGroup("乙部门任务", "dept-b", Shanghai(6, 9, 17)));

        var queued = await RunDigestAsync();

        Assert.That(queued, Is.Zero);
    }

    [Test]
    public async Task ShouldQueueOneDigestPerUserAndDayWhenRunTwice()
    {
        await SeedAsync(ForGroup("提交合同备案", "dept-a", Shanghai(6, 9, 17)));

        await RunDigestAsync();
        await RunDigestAsync();

        Assert.That(await host.OutboxAsync(), Has.Count.EqualTo(1));
    }

    private Task SeedAsync(params UserTaskRecord[] tasks) => host.InScopeAsync(async db =>
    {
        db.Set<UserTaskRecord>().AddRange(tasks);
        await db.SaveChangesAsync();
    });

    private Task<int> RunDigestAsync() =>
        host.InScopeAsync(services => services.GetRequiredService<DailyDigestJob>().RunAsync(CancellationToken.None));
}
