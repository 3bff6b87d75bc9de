using Microsoft.Extensions.DependencyInjection;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Runtime.Mail.TaskCreated;
using Workflows.Runtime.Tests.Mail.Support;

namespace Workflows.Runtime.Tests.Mail;

public sealed class SmtpDeliveryTests
{
    private InProcessSmtpServer smtp = null!;
    private MailTestHost host = null!;

    [SetUp]
    public async Task StartAsync()
    {
        smtp = InProcessSmtpServer.OnFreePort();
        await smtp.StartAsync();
        host = await MailTestHost.StartAsync(MailTestHost.SmtpSettings(smtp));
        await host.AddUserAsync("approval", "审批局经办人", "approval@county.gov.cn", "approval");
    }

    [TearDown]
    public async Task StopAsync()
    {
        await host.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Test]
    public async Task ShouldDeliverTaskCreatedMailWithChineseSubjectAndTaskLink()
    {
        var taskId = Guid.NewGuid();
        await host.InScopeAsync(async services =>
        {
            await services.GetRequiredService<TaskCreatedMailer>().EnqueueAsync(TaskFor(taskId, "审核项目申报材料"), departmentCode: null, about: null, nameEn: null, CancellationToken.None);
            return await services.GetRequiredService<WorkflowsDbContext>().SaveChangesAsync();
        });

        var delivered = await host.DispatchAsync();

        Assert.That(delivered, Is.EqualTo(1));
        var message = smtp.Received.Single();
        Assert.Multiple(() =>
        {
            Assert.That(message.Subject, Is.EqualTo("【待办】审核项目申报材料"));
            Assert.That(message.To.Mailboxes.Single().Address, Is.EqualTo("approval@county.gov.cn"));
            Assert.That(message.HtmlBody, Does.Contain($"http://localhost:5000/tasks/{taskId}"));
            Assert.That(message.TextBody, Does.Contain($"http://localhost:5000/tasks/{taskId}"));
        });
    }

    [Test]
    public async Task ShouldTakeTheMessageIdDomainFromTheConfiguredSender()
    {
        await host.EnqueueAsync(MailTestHost.Mail("test:message-id"));

        await host.DispatchAsync();

        var row = (await host.OutboxAsync()).Single();
        Assert.That(smtp.Received.Single().MessageId, Is.EqualTo($"{row.Id:N}@county.gov.cn"));
    }

    [Test]
    public async Task ShouldMarkRowSentWithTimestampAfterDelivery()
    {
        await host.EnqueueAsync(MailTestHost.Mail("test:sent"));

        await host.DispatchAsync();

        var row = (await host.OutboxAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.Status, Is.EqualTo(Persistence.Mail.MailStatus.Sent));
            Assert.That(row.SentAt, Is.EqualTo(MailTestHost.Start));
            Assert.That(row.Attempts, Is.EqualTo(1));
            Assert.That(row.LockOwner, Is.Null);
        });
    }

    [Test]
    public async Task ShouldDeliverOnceWhenDispatcherRunsTwice()
    {
        await host.EnqueueAsync(MailTestHost.Mail("test:twice"));

        await host.DispatchAsync();
        await host.DispatchAsync();

        Assert.That(smtp.Received, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ShouldSendOneMailWhenTheSameKeyIsEnqueuedTwice()
    {
        var first = await host.EnqueueAsync(MailTestHost.Mail("task-created:42:approval"));
        var second = await host.EnqueueAsync(MailTestHost.Mail("task-created:42:approval"));

        await host.DispatchAsync();

        Assert.Multiple(() =>
        {
            Assert.That((first, second), Is.EqualTo((true, false)));
            Assert.That(smtp.Received, Has.Count.EqualTo(1));
        });
    }

    private static UserTaskInfo TaskFor(Guid taskId, string name) => new(
        taskId, Guid.NewGuid(), Guid.NewGuid(), "review", name, Assignee: null,
        CandidateUsers: [], CandidateGroups: ["approval"], DueAt: null, FollowUpAt: null,
        Priority: 50, FormKey: null, CreatedAt: MailTestHost.Start);
}
