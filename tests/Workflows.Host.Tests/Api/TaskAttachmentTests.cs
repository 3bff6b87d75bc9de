using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

public sealed class TaskAttachmentTests(string provider) : ProcessFixture(provider)
{
    [Test]
    public async Task ShouldReturnACommentWithItsAuthorsName()
    {
        var taskId = await StartAndFindFillTaskAsync();
        var clerk = await SignInAsync("dept-a");

        var posted = await clerk.PostAsJsonAsync($"/api/tasks/{taskId}/comments", new { text = "请补充可研报告" });
        var comments = await clerk.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}/comments");

        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(comments.GetArrayLength(), Is.EqualTo(1));
        Assert.That(comments[0].GetProperty("text").GetString(), Is.EqualTo("请补充可研报告"));
        Assert.That(comments[0].GetProperty("authorName").GetString(), Is.EqualTo("教育科技局经办人"));
    }

    [Test]
    public async Task ShouldRejectACommentLongerThan2000Characters()
    {
        var taskId = await StartAndFindFillTaskAsync();

        var response = await (await SignInAsync("dept-a")).PostAsJsonAsync($"/api/tasks/{taskId}/comments", new { text = new string('字', 2001) });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task ShouldForbidAnotherDepartmentToCommentOnTheTask()
    {
        var taskId = await StartAndFindFillTaskAsync();

        var response = await (await SignInAsync("dept-b")).PostAsJsonAsync($"/api/tasks/{taskId}/comments", new { text = "越权" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldServeAnAttachedFileWithItsSha256()
    {
        var taskId = await StartAndFindFillTaskAsync();
        var clerk = await SignInAsync("dept-a");
        byte[] content = [0x25, 0x50, 0x44, 0x46, 1, 2, 3];

        var posted = await clerk.PostAsync($"/api/tasks/{taskId}/attachments", MultipartBodies.File("说明.pdf", content)).EnsureSuccessAsync();
        var item = await posted.Content.ReadFromJsonAsync<JsonElement>();
        var listed = await clerk.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}/attachments");
        var downloaded = await (await clerk.GetAsync($"/api/attachments/{item.GetProperty("id").GetGuid()}").EnsureSuccessAsync()).Content.ReadAsByteArrayAsync();

        Assert.That(item.GetProperty("sha256").GetString(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(content))));
        Assert.That(listed.GetArrayLength(), Is.EqualTo(1));
        Assert.That(downloaded, Is.EqualTo(content));
    }

    [Test]
    public async Task ShouldNameTheUploaderByDisplayName()
    {
        var taskId = await StartAndFindFillTaskAsync();
        var clerk = await SignInAsync("dept-a");

        var posted = await clerk.PostAsync($"/api/tasks/{taskId}/attachments", MultipartBodies.File("说明.pdf", [0x25, 0x50, 0x44, 0x46, 1])).EnsureSuccessAsync();
        var item = await posted.Content.ReadFromJsonAsync<JsonElement>();
        var listed = await clerk.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}/attachments");

        Assert.That(item.GetProperty("uploadedBy").GetString(), Is.EqualTo("dept-a"));
        Assert.That(item.GetProperty("uploadedByName").GetString(), Is.EqualTo("教育科技局经办人"));
        Assert.That(listed[0].GetProperty("uploadedByName").GetString(), Is.EqualTo("教育科技局经办人"));
    }

    [Test]
    public async Task ShouldServeAnAttachmentWithTheTypeOfItsKindNotTheTypeTheUploaderClaimed()
    {
        var taskId = await StartAndFindFillTaskAsync();
        var clerk = await SignInAsync("dept-a");
        var upload = MultipartBodies.File("说明.pdf", "<script>alert(1)</script>"u8.ToArray());
        upload.Single().Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/html");

        var posted = await clerk.PostAsync($"/api/tasks/{taskId}/attachments", upload).EnsureSuccessAsync();
        var download = await clerk.GetAsync($"/api/attachments/{(await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}");

        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(download.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(download.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
    }

    [Test]
    public async Task ShouldForbidAnotherDepartmentToDownloadTheTasksAttachment()
    {
        var taskId = await StartAndFindFillTaskAsync();
        var posted = await (await SignInAsync("dept-a")).PostAsync($"/api/tasks/{taskId}/attachments",
            MultipartBodies.File("说明.pdf", [1, 2, 3])).EnsureSuccessAsync();
        var attachmentId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var response = await (await SignInAsync("dept-b")).GetAsync($"/api/attachments/{attachmentId}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldRejectAnAttachmentWithAForbiddenExtension()
    {
        var taskId = await StartAndFindFillTaskAsync();

        var response = await (await SignInAsync("dept-a")).PostAsync($"/api/tasks/{taskId}/attachments", MultipartBodies.File("macro.js", [1]));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task ShouldRejectAnAttachmentOverTheSizeLimit()
    {
        var taskId = await StartAndFindFillTaskAsync();

        var response = await (await SignInAsync("dept-a")).PostAsync($"/api/tasks/{taskId}/attachments",
            MultipartBodies.File("scan.zip", new byte[TestApp.UploadLimitBytes + 1]));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task ShouldShowNoWorkingDaysLeftOnATaskWithoutDueDate()
    {
        var taskId = await StartAndFindFillTaskAsync();

        var task = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}");

        Assert.That(task.GetProperty("task").GetProperty("workingDaysLeft").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(task.GetProperty("task").GetProperty("overdue").GetBoolean(), Is.False);
    }

    private async Task<Guid> StartAndFindFillTaskAsync()
    {
        var (_, businessKey) = await StartTestProcessAsync(await SignInAsync("dept-a"));
        return (await OpenTasksAsync(await SignInAsync("dept-a"), businessKey)).Single().Id;
    }
}
