using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Workflows.Persistence;
using Workflows.Runtime.Mail.Escalation;
using Workflows.Runtime.Mail.Templates;
using Workflows.Runtime.Tests.Mail.Support;

namespace Workflows.Runtime.Tests.Mail;

public sealed class EscalationMailTests
{
    private MailTestHost host = null!;

    [SetUp]
    public async Task StartAsync()
    {
        host = await MailTestHost.StartAsync(new Dictionary<string, string?>());
        await host.AddUserAsync("bureau", "大数据局审核员", "bureau@county.gov.cn", "bureau");
        await host.AddUserAsync("dept-a", "甲部门经办人", "dept-a@county.gov.cn", "dept-a");
    }

    [TearDown]
    public Task StopAsync() => host.DisposeAsync().AsTask();

    [Test]
    public async Task ShouldQueueEscalationForUsersAndGroupMembersWithTaskLink()
    {
        var taskId = Guid.NewGuid();

        await EscalateAsync(Guid.NewGuid(), taskId);

        var mails = await host.OutboxAsync();
        Assert.Multiple(() =>
        {
            Assert.That(mails.Select(m => MailboxAddress.Parse(m.To).Address), Is.EquivalentTo(new[] { "bureau@county.gov.cn", "dept-a@county.gov.cn" }));
            Assert.That(mails.Select(m => m.Subject), Is.All.EqualTo("【逾期督办】合同备案（项目 2025-017）"));
            Assert.That(mails.Select(m => m.HtmlBody), Is.All.Contain($"http://localhost:5000/tasks/{taskId}"));
        });
    }

    [Test]
    public async Task ShouldQueueNothingNewWhenTheSameDeadlineIsEscalatedAgain()
    {
        var deadlineId = Guid.NewGuid();

        await EscalateAsync(deadlineId, null);
        var again = await EscalateAsync(deadlineId, null);

        var mails = await host.OutboxAsync();
        Assert.Multiple(() =>
        {
            Assert.That(again, Is.Zero);
            Assert.That(mails, Has.Count.EqualTo(2));
        });
    }

    private Task<int> EscalateAsync(Guid deadlineId, Guid? taskId)
    {
        var notice = new EscalationNotice(deadlineId, "合同备案（项目 2025-017）", MailTestHost.Start.AddDays(-1), "依据第十八条，合同应在签订后 5 个工作日内备案。", taskId);
        var command = new EnqueueEscalationMail(notice, ["dept-a"], ["bureau"]);
        return host.InScopeAsync(async services =>
        {
            var queued = await ActivatorUtilities.CreateInstance<EnqueueEscalationMailHandler>(services).Handle(command, CancellationToken.None);
            // What the mediator's transaction behaviour does after every command.
            await services.GetRequiredService<WorkflowsDbContext>().SaveChangesAsync();
            return queued;
        });
    }
}
