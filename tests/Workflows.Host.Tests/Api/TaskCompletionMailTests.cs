using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Runtime.Mail.Outbox;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// A task completed over HTTP mails the next task's candidates within seconds: the node that committed sends the mail
/// itself, without waiting for the recurring dispatch, which this fixture's host does not run.
/// </summary>
public sealed class TaskCompletionMailTests(string provider) : ProcessFixture(provider)
{
    private string MailFolder => Path.Combine(DataFolder, "mail");

    [OneTimeSetUp]
    public void StopTheRecurringDispatch() =>
        App.Services.GetRequiredService<IRecurringJobManager>().RemoveIfExists(MailDispatchJob.RecurringJobId);

    [Test]
    public async Task ShouldWriteTheNewTaskMailOfTheNextStepWithinSecondsOfTheCompletion()
    {
        var clerk = await SignInAsync("dept-a");
        var (_, businessKey) = await StartTestProcessAsync(clerk);
        var fill = (await OpenTasksAsync(clerk, businessKey)).Single();

        await CompleteAsync(clerk, fill.Id, ValidFill).EnsureSuccessAsync();

        Assert.That(() => NewTaskMailsTo("finance"), Is.Not.Empty.After(5000, 50));
    }

    /// <summary>The new-task mails of the review step in the pickup folder, to <paramref name="userName"/>.</summary>
    private string[] NewTaskMailsTo(string userName) => Directory.Exists(MailFolder)
        ? [.. Directory.EnumerateFiles(MailFolder, "*.eml").Select(path => MimeMessage.Load(path))
            .Where(mail => mail.To.Mailboxes.Any(box => box.Address.StartsWith(userName + "@", StringComparison.Ordinal)))
            .Select(mail => mail.Subject ?? "")
            .Where(subject => subject.StartsWith("【待办】", StringComparison.Ordinal) && subject.Contains("财政审核", StringComparison.Ordinal))]
        : [];
}
