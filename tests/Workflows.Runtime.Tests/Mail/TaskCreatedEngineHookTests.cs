using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence.Identity;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Mail;

/// <summary>The "new task" mail through the whole product: a started instance's user task queues it in the same command.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class TaskCreatedEngineHookTests(string provider) : ProviderFixture(provider)
{
    private const string Definition = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                     id="mail" targetNamespace="http://example.org/mail">
          <process id="mail-notice" isExecutable="true">
            <startEvent id="start" />
            <sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <userTask id="review" name="审核申报材料" camunda:candidateGroups="approval" />
            <sequenceFlow id="f2" sourceRef="review" targetRef="end" />
            <endEvent id="end" />
          </process>
        </definitions>
        """;

    [Test]
    public async Task ShouldQueueMailForTheCandidateGroupWhenAnInstanceCreatesATask()
    {
        await AddApprovalClerkAsync();
        await PublishAsync("mail-notice", Definition);

        var started = await StartAsync("mail-notice");

        var taskId = await OpenTaskAsync(started.InstanceId, "review");
        var mail = await Host.ReadAsync(db => db.Set<MailOutboxMessage>().SingleAsync());
        Assert.Multiple(() =>
        {
            Assert.That(mail.IdempotencyKey, Is.EqualTo($"task-created:{taskId}:approval"));
            Assert.That(mail.Subject, Is.EqualTo("【待办】审核申报材料"));
            Assert.That(mail.Status, Is.EqualTo(MailStatus.Pending));
        });
    }

    private Task AddApprovalClerkAsync() => Host.ReadAsync(async db =>
    {
        var role = new WorkflowsRole("approval") { NormalizedName = "APPROVAL" };
        var user = new WorkflowsUser
        {
            UserName = "approval", NormalizedUserName = "APPROVAL", DisplayName = "审批局经办人", Email = "approval@county.gov.cn",
        };
        db.AddRange(role, user, new IdentityUserRole<string> { RoleId = role.Id, UserId = user.Id });
        return await db.SaveChangesAsync();
    });
}
