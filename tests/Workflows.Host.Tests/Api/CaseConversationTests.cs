using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

/// <summary>Comments and attachments belong to the case: the reviewer of a later task reads what the department left earlier.</summary>
public sealed class CaseConversationTests(string provider) : ProcessFixture(provider)
{
    [OneTimeSetUp]
    public async Task PublishCallingProcessAsync()
    {
        var bureau = await SignInAsync("bureau");
        var xml = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Assets", "case-parent-test.bpmn"));
        await bureau.PostAsync("/api/definitions/case-parent-test/drafts", new StringContent(xml, System.Text.Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/case-parent-test/versions/1/publish", null).EnsureSuccessAsync();
    }

    [Test]
    public async Task ShouldShowTheCallingProcesssCommentAndFileOnTheCalledReview()
    {
        var businessKey = $"HT-{Guid.NewGuid():N}";
        var clerk = await SignInAsync("dept-a");
        await clerk.PostAsJsonAsync("/api/instances", new { definitionKey = "case-parent-test", businessKey, variables = new { } }).EnsureSuccessAsync();
        var prepare = (await OpenTasksAsync(clerk, businessKey)).Single();
        await clerk.PostAsJsonAsync($"/api/tasks/{prepare.Id}/comments", new { text = "各共建单位分工已确认" }).EnsureSuccessAsync();
        byte[] content = [0x25, 0x50, 0x44, 0x46, 9];
        await clerk.PostAsync($"/api/tasks/{prepare.Id}/attachments", MultipartBodies.File("总体方案.pdf", content)).EnsureSuccessAsync();
        await CompleteAsync(clerk, prepare.Id, new { }).EnsureSuccessAsync();
        await CompleteAsync(clerk, (await OpenTasksAsync(clerk, businessKey)).Single().Id, ValidFill).EnsureSuccessAsync();
        var finance = await SignInAsync("finance");
        var review = (await OpenTasksAsync(finance, businessKey)).Single();

        var comments = await finance.GetFromJsonAsync<JsonElement>($"/api/tasks/{review.Id}/comments");
        var listed = await finance.GetFromJsonAsync<JsonElement>($"/api/tasks/{review.Id}/attachments");
        var download = await finance.GetAsync($"/api/attachments/{listed[0].GetProperty("id").GetGuid()}").EnsureSuccessAsync();

        Assert.That(comments.EnumerateArray().Select(c => (c.GetProperty("text").GetString(), c.GetProperty("taskName").GetString())),
            Is.EqualTo(new[] { ("各共建单位分工已确认", "牵头部门准备") }));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(content));
    }

    [Test]
    public async Task ShouldShowTheDepartmentsCommentOnTheReviewTaskWithTheTaskItWasWrittenOn()
    {
        var (fillTask, businessKey) = await StartAndFindFillTaskAsync();
        var clerk = await SignInAsync("dept-a");
        await clerk.PostAsJsonAsync($"/api/tasks/{fillTask}/comments", new { text = "可研报告已按专家意见修改" }).EnsureSuccessAsync();
        var reviewTask = await CompleteFillAndFindReviewTaskAsync(fillTask, businessKey);

        var comments = await (await SignInAsync("finance")).GetFromJsonAsync<JsonElement>($"/api/tasks/{reviewTask}/comments");

        Assert.That(comments.GetArrayLength(), Is.EqualTo(1));
        Assert.That(comments[0].GetProperty("text").GetString(), Is.EqualTo("可研报告已按专家意见修改"));
        Assert.That(comments[0].GetProperty("taskId").GetGuid(), Is.EqualTo(fillTask));
        Assert.That(comments[0].GetProperty("taskName").GetString(), Is.EqualTo("部门填报"));
    }

    [Test]
    public async Task ShouldListTheCommentsOfEveryTaskOfTheInstanceOldestFirst()
    {
        var (fillTask, businessKey) = await StartAndFindFillTaskAsync();
        await (await SignInAsync("dept-a")).PostAsJsonAsync($"/api/tasks/{fillTask}/comments", new { text = "已提交" }).EnsureSuccessAsync();
        var reviewTask = await CompleteFillAndFindReviewTaskAsync(fillTask, businessKey);
        var finance = await SignInAsync("finance");
        await finance.PostAsJsonAsync($"/api/tasks/{reviewTask}/comments", new { text = "已收到" }).EnsureSuccessAsync();

        var comments = await finance.GetFromJsonAsync<JsonElement>($"/api/tasks/{reviewTask}/comments");

        Assert.That(comments.EnumerateArray().Select(c => (c.GetProperty("text").GetString(), c.GetProperty("taskId").GetGuid())),
            Is.EqualTo(new[] { ("已提交", fillTask), ("已收到", reviewTask) }));
    }

    [Test]
    public async Task ShouldKeepTheCommentsOfAnotherInstanceOut()
    {
        var (otherFillTask, _) = await StartAndFindFillTaskAsync();
        var clerk = await SignInAsync("dept-a");
        await clerk.PostAsJsonAsync($"/api/tasks/{otherFillTask}/comments", new { text = "另一个案件" }).EnsureSuccessAsync();
        var (fillTask, _) = await StartAndFindFillTaskAsync();

        var comments = await clerk.GetFromJsonAsync<JsonElement>($"/api/tasks/{fillTask}/comments");

        Assert.That(comments.GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task ShouldLetTheReviewerDownloadTheDepartmentsAttachmentFromTheReviewTask()
    {
        var (fillTask, businessKey) = await StartAndFindFillTaskAsync();
        byte[] content = [0x25, 0x50, 0x44, 0x46, 7];
        await (await SignInAsync("dept-a")).PostAsync($"/api/tasks/{fillTask}/attachments", MultipartBodies.File("可研报告.pdf", content)).EnsureSuccessAsync();
        var reviewTask = await CompleteFillAndFindReviewTaskAsync(fillTask, businessKey);
        var finance = await SignInAsync("finance");

        var listed = await finance.GetFromJsonAsync<JsonElement>($"/api/tasks/{reviewTask}/attachments");
        var download = await finance.GetAsync($"/api/attachments/{listed[0].GetProperty("id").GetGuid()}").EnsureSuccessAsync();

        Assert.That(listed[0].GetProperty("taskName").GetString(), Is.EqualTo("部门填报"));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(content));
    }

    [Test]
    public async Task ShouldForbidTheCaseCommentsToAnotherDepartment()
    {
        var (fillTask, businessKey) = await StartAndFindFillTaskAsync();
        var reviewTask = await CompleteFillAndFindReviewTaskAsync(fillTask, businessKey);

        var response = await (await SignInAsync("dept-b")).GetAsync($"/api/tasks/{reviewTask}/comments");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task<(Guid TaskId, string BusinessKey)> StartAndFindFillTaskAsync()
    {
        var (_, businessKey) = await StartTestProcessAsync(await SignInAsync("dept-a"));
        return ((await OpenTasksAsync(await SignInAsync("dept-a"), businessKey)).Single().Id, businessKey);
    }

    private async Task<Guid> CompleteFillAndFindReviewTaskAsync(Guid fillTask, string businessKey)
    {
        await CompleteAsync(await SignInAsync("dept-a"), fillTask, ValidFill).EnsureSuccessAsync();
        return (await OpenTasksAsync(await SignInAsync("finance"), businessKey)).Single().Id;
    }
}
