using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Persistence;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Mail.Outbox;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// Issue 16: an administrator sees failed mail and a relay outage from every page (a badge on 运维), reads the relay's reply
/// on the operations page and sends the mail again; a clerk sees neither.
/// </summary>
public sealed class OperationsTests : BrowserFixture
{
    private const string RelayReply = "550 5.1.1 <zhang.san@county.gov.cn>: Recipient address rejected: mailbox unavailable";

    [Test]
    public async Task ShouldAlertTheAdministratorToAFailedMailAndLetThemResendIt()
    {
        var subject = await FailedMailAsync();
        var page = await SignInAsync("bureau");

        await Assertions.Expect(page.GetByTestId("mail-alert")).ToHaveTextAsync("1");
        await page.GetByRole(AriaRole.Link, new() { Name = "运维" }).ClickAsync();
        var row = page.GetByTestId("outbox-mails").GetByRole(AriaRole.Row, new() { Name = subject });
        await Assertions.Expect(row).ToContainTextAsync(RelayReply);
        await Assertions.Expect(page.GetByTestId("failed-alert")).ToBeVisibleAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "重新发送" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("outbox-mails").GetByRole(AriaRole.Row, new() { Name = subject })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("mail-alert")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task ShouldAlertTheAdministratorWhileTheRelayIsUnreachable()
    {
        App.Services.GetRequiredService<MailRelayBackOff>().RecordUnreachable("Connection refused 127.0.0.1:25", out _);
        var page = await SignInAsync("bureau");

        await Assertions.Expect(page.GetByTestId("mail-alert")).ToBeVisibleAsync();
        await page.GotoAsync("/operations");
        await Assertions.Expect(page.GetByTestId("relay-outage")).ToContainTextAsync("Connection refused 127.0.0.1:25");
    }

    [Test]
    public async Task ShouldShowAClerkNeitherTheAlertNorTheOperationsPage()
    {
        var page = await SignInAsync("dept-a");

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "运维" })).ToHaveCountAsync(0);
        await page.GotoAsync("/operations");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "无权访问 (403)" })).ToBeVisibleAsync();
    }

    /// <summary>A task notice the relay refused for good (a 5xx for its recipient).</summary>
    private async Task<string> FailedMailAsync()
    {
        var subject = $"新任务：主管部门审查 {Guid.NewGuid():N}"[..24];
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        db.Add(new MailOutboxMessage
        {
            Id = Guid.NewGuid(), IdempotencyKey = Guid.NewGuid().ToString(), To = "zhang.san@county.gov.cn", Subject = subject,
            HtmlBody = "<p>新任务</p>", TextBody = "新任务", CreatedAt = DateTimeOffset.UtcNow, NextAttemptAt = DateTimeOffset.UtcNow,
            Attempts = 1, Status = MailStatus.Failed, LastError = RelayReply,
        });
        await db.SaveChangesAsync();
        return subject;
    }
}
