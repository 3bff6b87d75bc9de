using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Persistence;
using Workflows.Persistence.Mail;

namespace Workflows.Host.Tests.Browser;

/// <summary>The admin page raises a mail that failed for good and lets the admin queue it again.</summary>
public sealed class MailOutboxTests : BrowserFixture
{
    [Test]
    public async Task ShouldShowAFailedMailWithTheServersReplyAndQueueItAgainOnResend()
    {
        await AddFailedMailAsync("550 5.1.1 <nobody@county.gov.cn>: User unknown");
        var page = await SignInAsync("bureau");
        await page.GetByRole(AriaRole.Link, new() { Name = "管理", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("failed-mail-alert")).ToContainTextAsync("1 封邮件最终发送失败");
        var row = page.GetByTestId("failed-mails").Locator("tr", new() { HasText = "nobody@county.gov.cn" });
        await Assertions.Expect(row).ToContainTextAsync("550 5.1.1");
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "pages")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "admin-mail-outbox.png"), FullPage = true });

        await row.GetByRole(AriaRole.Button, new() { Name = "重新发送" }).ClickAsync();

        await Assertions.Expect(page.GetByText("邮件已重新排队发送")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("failed-mail-alert")).ToHaveCountAsync(0);
    }

    private async Task AddFailedMailAsync(string lastError)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var now = DateTimeOffset.UtcNow;
        db.Add(new MailOutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            IdempotencyKey = $"test:failed:{Guid.NewGuid():N}",
            To = "查无此人 <nobody@county.gov.cn>",
            Subject = "【待办】合同备案",
            HtmlBody = "<p>请办理</p>",
            TextBody = "请办理",
            CreatedAt = now,
            NextAttemptAt = now,
            Attempts = 8,
            Status = MailStatus.Failed,
            LastError = lastError,
        });
        await db.SaveChangesAsync();
    }
}
