using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Mail.Outbox;

namespace Workflows.Host.Tests.Api;

/// <summary>The operations console's outbox: listing by status with counts, resending a failed mail, and /health.</summary>
public sealed class MailOutboxEndpointTests(string provider) : HostFixture(provider)
{
    [SetUp]
    public async Task ForgetFailedMailsAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<MailOutboxMessage>()
            .Where(m => m.Status == MailStatus.Failed).ExecuteDeleteAsync();
    }

    [Test]
    public async Task ShouldListFailedMailsWithTheRelaysReplyAndCountThem()
    {
        var id = await AddFailedMailAsync("550 5.1.1 <nobody@county.gov.cn>: User unknown");

        var outbox = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>("/api/mail/outbox?status=failed");

        var item = outbox.GetProperty("items").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(item.GetProperty("id").GetGuid(), Is.EqualTo(id));
            Assert.That(item.GetProperty("status").GetString(), Is.EqualTo("Failed"));
            Assert.That(item.GetProperty("lastError").GetString(), Does.StartWith("550 "));
            Assert.That(item.TryGetProperty("htmlBody", out _), Is.False);
            Assert.That(outbox.GetProperty("counts").GetProperty("failed").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ShouldListOnlyTheRequestedStatus()
    {
        await AddFailedMailAsync("550 rejected");

        var outbox = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>("/api/mail/outbox?status=sent");

        Assert.That(outbox.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()), Is.All.EqualTo("Sent"));
    }

    [Test]
    public async Task ShouldRejectAnUnknownStatusWithAProblemKeyedStatus()
    {
        var response = await (await SignInAsync("bureau")).GetAsync("/api/mail/outbox?status=lost");

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.GetProperty("errors").TryGetProperty("status", out _), Is.True);
    }

    [TestCase("GET", "/api/mail/outbox")]
    [TestCase("POST", "/api/mail/outbox/00000000-0000-0000-0000-000000000001/resend")]
    public async Task ShouldForbidTheOutboxToOtherRoles(string method, string path)
    {
        foreach (var user in new[] { "dept-a", "finance" })
        {
            var response = await (await SignInAsync(user)).SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), user);
        }
    }

    [Test]
    public async Task ShouldQueueAFailedMailAgainWithFreshAttemptsOnResend()
    {
        var id = await AddFailedMailAsync("451 try later");

        var response = await (await SignInAsync("bureau")).PostAsync($"/api/mail/outbox/{id}/resend", null);

        var row = await FindAsync(id);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(row.Status, Is.Not.EqualTo(MailStatus.Failed));
            Assert.That(row.Attempts, Is.LessThanOrEqualTo(1));
        });
    }

    [Test]
    public async Task ShouldRefuseToResendAMailThatIsNotFailed()
    {
        var id = await AddFailedMailAsync("451 try later");
        var bureau = await SignInAsync("bureau");
        await bureau.PostAsync($"/api/mail/outbox/{id}/resend", null);

        var again = await bureau.PostAsync($"/api/mail/outbox/{id}/resend", null);

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(again.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task ShouldAnswer404ForAnUnknownMail()
    {
        var response = await (await SignInAsync("bureau")).PostAsync($"/api/mail/outbox/{Guid.NewGuid()}/resend", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ShouldReportMailDegradedInHealthWhileAMailHasFailedUntilItIsResent()
    {
        var id = await AddFailedMailAsync("550 rejected");

        var whileFailed = await MailHealthAsync();
        await (await SignInAsync("bureau")).PostAsync($"/api/mail/outbox/{id}/resend", null);
        var afterResend = await MailHealthAsync();

        Assert.That((whileFailed, afterResend), Is.EqualTo(("Degraded", "Healthy")));
    }

    private async Task<string?> MailHealthAsync()
    {
        var report = await Anonymous().GetFromJsonAsync<JsonElement>("/health");
        return report.GetProperty("checks").GetProperty("mail").GetProperty("status").GetString();
    }

    private async Task<Guid> AddFailedMailAsync(string lastError)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var now = DateTimeOffset.UtcNow;
        var mail = new MailOutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            IdempotencyKey = $"test:failed:{Guid.NewGuid():N}",
            To = "查无此人 <nobody@county.gov.cn>",
            Subject = "【待办】合同备案",
            HtmlBody = "<p>请办理</p>",
            TextBody = "请办理",
            CreatedAt = now,
            NextAttemptAt = now,
            Attempts = 1,
            Status = MailStatus.Failed,
            LastError = lastError,
        };
        db.Add(mail);
        await db.SaveChangesAsync();
        return mail.Id;
    }

    private async Task<MailOutboxMessage> FindAsync(Guid id)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<MailOutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id);
    }
}
