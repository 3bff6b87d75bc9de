using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence.Mail;

namespace Workflows.Host.Tests.Processes;

/// <summary>
/// A clerk or reviewer with many projects reads from a new-task mail which project it is about: the subject and the body name
/// the project by its name, never by its id; a task of an instance about no project keeps the task name alone.
/// </summary>
public sealed class TaskMailSubjectTests(string provider) : ShippedProcessFixture(provider)
{
    [Test]
    public async Task ShouldNameTheProjectInTheNewTaskMailsOfAReview()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await StartAsync(await SignInAsync("dept-a"), "new-project", project.Id, "education");
        await ApplyAsync(project.Id);

        var review = await TaskAsync(await SignInAsync("approval"), project.Id, "materialReview");
        var mails = await ReadAsync(db => db.Set<MailOutboxMessage>().AsNoTracking()
            .Where(m => m.IdempotencyKey.StartsWith($"task-created:{review}:")).Select(m => new { m.Subject, m.TextBody }).ToListAsync());

        Assert.That(mails, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var mail in mails)
            {
                Assert.That(mail.Subject, Does.StartWith($"【待办】{project.Name}：").And.Not.Contain(project.Id.ToString()));
                Assert.That(mail.TextBody, Does.Contain($"办理事项：{project.Name}"));
            }
        });
    }

    [Test]
    public async Task ShouldNameTheProjectInTheMailOfATaskTheLeaderAssigns()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await StartAsync(await SignInAsync("dept-a"), "new-project", project.Id, "education");
        var leader = await SignInAsync("lead-a");
        var task = await TaskAsync(leader, project.Id, "prepareApplication");

        await leader.PostAsJsonAsync($"/api/tasks/{task}/assign", new { assignee = "dept-a" }).EnsureSuccessAsync();

        var mail = await ReadAsync(db => db.Set<MailOutboxMessage>().AsNoTracking()
            .Where(m => m.IdempotencyKey.StartsWith($"task-assigned:{task}:dept-a:")).Select(m => new { m.Subject, m.TextBody }).SingleAsync());
        Assert.That(mail.Subject, Does.StartWith($"【分派】{project.Name}：").And.Not.Contain(project.Id.ToString()));
        Assert.That(mail.TextBody, Does.Contain($"办理事项：{project.Name}"));
    }
}
