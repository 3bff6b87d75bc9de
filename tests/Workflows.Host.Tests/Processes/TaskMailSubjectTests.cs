using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence.Mail;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Mail.Digest;

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
    public async Task ShouldNameTheTaskInEnglishInTheNewTaskMailToAReaderOfEnglishMails()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await StartAsync(await SignInAsync("dept-a"), "new-project", project.Id, "education");
        await PreferLanguageAsync("approval", "en");
        try
        {
            await ApplyAsync(project.Id);
        }
        finally
        {
            await PreferLanguageAsync("approval", null);
        }

        var review = await TaskAsync(await SignInAsync("approval"), project.Id, "materialReview");
        var mail = await ReadAsync(db => db.Set<MailOutboxMessage>().AsNoTracking()
            .Where(m => m.IdempotencyKey == $"task-created:{review}:approval").Select(m => new { m.Subject, m.TextBody }).SingleAsync());
        Assert.That(mail.Subject, Does.Contain("Review the materials").And.Not.Contain("材料审查"));
        Assert.That(mail.TextBody, Does.Contain("Review the materials").And.Not.Contain("材料审查"));
    }

    [Test]
    public async Task ShouldNameTheProjectInTheDailyDigest()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await StartAsync(await SignInAsync("dept-a"), "new-project", project.Id, "education");
        await ApplyAsync(project.Id);
        var review = await TaskAsync(await SignInAsync("approval"), project.Id, "materialReview");
        // The review is due in two hours (the shipped model sets no deadline on it), so today's digest lists it.
        await ReadAsync(db => db.Set<UserTaskRecord>().Where(t => t.Id == review)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.DueAt, Time.GetUtcNow().ToUniversalTime().AddHours(2))));

        await using (var scope = App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DailyDigestJob>().RunAsync(CancellationToken.None);

        var digests = await ReadAsync(db => db.Set<MailOutboxMessage>().AsNoTracking()
            .Where(m => m.IdempotencyKey.StartsWith("digest:approval:")).Select(m => m.TextBody).ToListAsync());
        Assert.That(digests, Has.Some.Contain($"{project.Name}：材料审查"));
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
