using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Runtime.Mail.TaskCreated;
using Workflows.Runtime.Tests.Mail.Support;

namespace Workflows.Runtime.Tests.Mail;

public sealed class TaskCreatedMailTests
{
    private MailTestHost host = null!;

    [TearDown]
    public Task StopAsync() => host.DisposeAsync().AsTask();

    [Test]
    public async Task ShouldMailOnlyTheAssigneeWhenTheTaskIsAssigned()
    {
        await StartAsync();

        await CreateTaskAsync(assignee: "dept-b", groups: ["dept-a"]);

        Assert.That((await host.OutboxAsync()).Select(m => m.IdempotencyKey), Is.EqualTo(new[] { $"task-created:{TaskId}:dept-b" }));
    }

    [Test]
    public async Task ShouldMailEveryMemberOfTheCandidateGroupsOnce()
    {
        await StartAsync();

        await CreateTaskAsync(assignee: null, groups: ["dept-a", "clerks"], users: ["dept-a-2"]);

        var recipients = (await host.OutboxAsync()).Select(m => MailboxAddress.Parse(m.To)).ToList();
        Assert.That(recipients.Select(r => (r.Name, r.Address)), Is.EquivalentTo(new[]
        {
            ("甲部门经办人", "dept-a@county.gov.cn"),
            ("甲部门复核人", "dept-a-2@county.gov.cn"),
        }));
    }

    [Test]
    public async Task ShouldSkipCandidatesWithoutMailAddress()
    {
        await StartAsync();

        await CreateTaskAsync(assignee: "town-a", groups: []);

        Assert.That(await host.OutboxAsync(), Is.Empty);
    }

    [Test]
    public async Task ShouldRenderEnglishTemplatesWhenConfigured()
    {
        await StartAsync(new Dictionary<string, string?> { ["Mail:Language"] = "en", ["Mail:BaseUrl"] = "https://xm.county.gov.cn/" });

        await CreateTaskAsync(assignee: "dept-a", groups: []);

        var mail = (await host.OutboxAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(mail.Subject, Is.EqualTo("[Task] 审核申报材料"));
            Assert.That(mail.TextBody, Does.Contain("Due: 12 Jun 2025 17:00").And.Contain($"https://xm.county.gov.cn/tasks/{TaskId}"));
        });
    }

    [Test]
    public async Task ShouldRenderTheUsersPreferredLanguageOverTheDefault()
    {
        await StartAsync();
        await host.SetPreferredLanguageAsync("dept-b", "en");

        await CreateTaskAsync(assignee: "dept-b", groups: []);

        Assert.That((await host.OutboxAsync()).Single().Subject, Is.EqualTo("[Task] 审核申报材料"));
    }

    private static readonly Guid TaskId = Guid.NewGuid();

    private async Task StartAsync(Dictionary<string, string?>? settings = null)
    {
        host = await MailTestHost.StartAsync(settings ?? []);
        await host.AddUserAsync("dept-a", "甲部门经办人", "dept-a@county.gov.cn", "dept-a", "clerks");
        await host.AddUserAsync("dept-a-2", "甲部门复核人", "dept-a-2@county.gov.cn", "dept-a");
        await host.AddUserAsync("dept-b", "乙部门经办人", "dept-b@county.gov.cn", "dept-b");
        await host.AddUserAsync("town-a", "乡镇经办人", null, "dept-a");
    }

    private Task<int> CreateTaskAsync(string? assignee, IReadOnlyList<string> groups, IReadOnlyList<string>? users = null) =>
        host.InScopeAsync(async services =>
        {
            var task = new UserTaskInfo(
                TaskId, Guid.NewGuid(), Guid.NewGuid(), "review", "审核申报材料", assignee, users ?? [], groups,
                UserTaskSeed.Shanghai(6, 12, 17), FollowUpAt: null, Priority: 50, FormKey: null, CreatedAt: MailTestHost.Start);
            await services.GetRequiredService<TaskCreatedMailer>().EnqueueAsync(task, departmentCode: null, about: null, nameEn: null, CancellationToken.None);
            return await services.GetRequiredService<WorkflowsDbContext>().SaveChangesAsync();
        });
}
