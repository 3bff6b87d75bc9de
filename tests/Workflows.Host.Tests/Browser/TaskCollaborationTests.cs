using Microsoft.Playwright;

namespace Workflows.Host.Tests.Browser;

/// <summary>Comments and attachments on a task: what the department writes, the reviewers read.</summary>
public sealed class TaskCollaborationTests : BrowserFixture
{
    private static readonly object CompleteApplication = new { applicationNote = "申请升级智慧校园", contactPerson = "王老师", contactPhone = "0358-1234567" };

    private NewProjectArrangement arrange = null!;

    [SetUp]
    public void CreateArrangement() => arrange = new NewProjectArrangement(App);

    [Test]
    public async Task ShouldShowTheClerksCommentToTheApprovalBureauOnTheReviewTask()
    {
        var instanceId = await arrange.StartNewProjectAsync();
        var applicationTask = await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a");
        var clerk = await SignInAsync("dept-a");
        await clerk.GotoAsync($"/tasks/{applicationTask}");
        await clerk.GetByLabel("留言内容").FillAsync("可行性研究报告已按专家意见修改。");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "发表留言" }).ClickAsync();
        await Assertions.Expect(clerk.GetByTestId("comments")).ToContainTextAsync("可行性研究报告已按专家意见修改。");

        await arrange.CompleteAsync(applicationTask, "dept-a", CompleteApplication);
        await Eventually.HoldsAsync(async () => (await arrange.ActiveActivitiesAsync(instanceId)).Contains("materialReview"));
        var reviewTask = await arrange.OpenTaskAsync(instanceId, "materialReview", "approval");
        var reviewer = await SignInAsync("approval");
        await reviewer.GotoAsync($"/tasks/{reviewTask}");

        await Assertions.Expect(reviewer.GetByTestId("comments")).ToContainTextAsync("教育科技局经办人");
        await Assertions.Expect(reviewer.GetByTestId("comments")).ToContainTextAsync("可行性研究报告已按专家意见修改。");
    }

    [Test]
    public async Task ShouldRefuseAnOversizedAttachmentInTheBrowser()
    {
        var instanceId = await arrange.StartNewProjectAsync();
        var taskId = await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a");
        var page = await SignInAsync("dept-a");
        await page.GotoAsync($"/tasks/{taskId}");
        var uploads = 0;
        page.Request += (_, request) => uploads += request.Url.EndsWith("/attachments") && request.Method == "POST" ? 1 : 0;

        // A file on disk, not a buffer: the browser reads it itself instead of taking 20 MB through the driver's pipe.
        var folder = Directory.CreateTempSubdirectory("workflows-upload-").FullName;
        var file = Path.Combine(folder, "扫描件.pdf");
        await File.WriteAllBytesAsync(file, new byte[20 * 1024 * 1024 + 1]);
        await page.GetByLabel("选择附件").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传附件" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("attachment-error")).ToContainTextAsync("超过 20.0 MB 的上限");
        Assert.That(uploads, Is.Zero);
        Directory.Delete(folder, recursive: true);
    }
}
