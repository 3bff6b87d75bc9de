using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>The new-project path (arts. 8-11) as its users live it in the browser.</summary>
public sealed class NewProjectJourneyTests : BrowserFixture
{
    private static readonly object CompleteApplication = new { applicationNote = "申请升级智慧校园", contactPerson = "王老师", contactPhone = "0358-1234567" };

    private NewProjectArrangement arrange = null!;

    [SetUp]
    public void CreateArrangement() => arrange = new NewProjectArrangement(App);

    [Test]
    public async Task ShouldLetADepartmentClerkSubmitTheApplicationThroughItsForm()
    {
        var instanceId = await arrange.StartNewProjectAsync();
        var taskId = await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a");
        var page = await SignInAsync("dept-a");

        await page.Locator($"a[data-task-id='{taskId}']", new() { HasText = "填报立项申请" }).ClickAsync();
        await FillApplicationFormAsync(page);
        await page.GetByTestId("submit-task").ClickAsync();

        await Assertions.Expect(page.GetByTestId("flash")).ToHaveTextAsync("任务已提交");
        await Eventually.HoldsAsync(async () => (await arrange.ActiveActivitiesAsync(instanceId)).Contains("materialReview"));
    }

    [Test]
    public async Task ShouldShowTheTaskAndItsFormInEnglishInEnglishMode()
    {
        var instanceId = await arrange.StartNewProjectAsync();
        var taskId = await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a");
        var page = await SignInAsync("dept-a");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await page.Locator($"a[data-task-id='{taskId}']", new() { HasText = "Fill in the project application" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fill in the project application", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Contact person")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("New government IT project approval")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("联系人")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task ShouldEchoTheAntiforgeryCookieInItsHeaderWhenTheCookieSessionSubmitsAForm()
    {
        var instanceId = await arrange.StartNewProjectAsync();
        var taskId = await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a");
        var page = await SignInAsync("dept-a");
        await page.GotoAsync($"/tasks/{taskId}");
        await FillApplicationFormAsync(page);

        var request = await page.RunAndWaitForRequestAsync(
            () => page.GetByTestId("submit-task").ClickAsync(), candidate => candidate.Url.EndsWith("/complete"));
        var headers = await request.AllHeadersAsync();
        var cookie = (await page.Context.CookiesAsync()).Single(candidate => candidate.Name == "XSRF-TOKEN");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(headers["x-xsrf-token"], Is.EqualTo(Uri.UnescapeDataString(cookie.Value)));
            Assert.That(headers.ContainsKey("authorization"), Is.False, "the page must use the cookie session, not a bearer token");
            Assert.That((await request.ResponseAsync())!.Status, Is.EqualTo(200));
        }
    }

    [Test]
    public async Task ShouldKeepTheClerkOnTheFormWhenARequiredFieldIsEmpty()
    {
        var instanceId = await arrange.StartNewProjectAsync();
        var taskId = await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a");
        var page = await SignInAsync("dept-a");

        await page.GotoAsync($"/tasks/{taskId}");
        await page.GetByLabel("联系人").FillAsync("王老师");
        await page.GetByTestId("submit-task").ClickAsync();

        await Assertions.Expect(page.GetByTestId("task-form").Locator(".fjs-form-field-error").First).ToBeVisibleAsync();
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo($"/tasks/{taskId}"));
    }

    [Test]
    public async Task ShouldSayWhichDocumentsAreMissingInsteadOfThatTheApplicationWasSubmitted()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education", withDocuments: false);
        var instanceId = await arrange.StartNewProjectAsync(project.Id);
        var taskId = await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a");
        var page = await SignInAsync("dept-a");

        await page.GotoAsync($"/tasks/{taskId}");
        await Assertions.Expect(page.GetByTestId("required-documents").GetByText("缺少")).ToHaveCountAsync(4);
        await FillApplicationFormAsync(page);
        await page.GetByTestId("submit-task").ClickAsync();

        await Assertions.Expect(page.GetByTestId("task-alert")).ToContainTextAsync("缺少项目建议书（第八条）");
        await Assertions.Expect(page.GetByTestId("flash")).ToHaveCountAsync(0);
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo($"/tasks/{taskId}"));
    }

    [Test]
    public async Task ShouldLetTheApprovalBureauApproveTheMaterialReview()
    {
        var instanceId = await ArrangeAtMaterialReviewAsync();
        var taskId = await arrange.OpenTaskAsync(instanceId, "materialReview", "approval");
        var page = await SignInAsync("approval");

        await page.GotoAsync($"/tasks/{taskId}");
        await page.GetByLabel("材料齐全").CheckAsync();
        await page.GetByLabel("已列入年度计划").CheckAsync();
        await page.GetByLabel("一般项目").CheckAsync();
        await page.GetByLabel("审查意见").FillAsync("四项材料齐全，同意进入技术审查。");
        await page.GetByTestId("submit-task").ClickAsync();

        await Assertions.Expect(page.GetByTestId("flash")).ToHaveTextAsync("任务已提交");
        await Eventually.HoldsAsync(async () => (await arrange.ActiveActivitiesAsync(instanceId)).Contains("technicalReview"));
    }

    [Test]
    public async Task ShouldMoveTheDiagramHighlightWhenTheMaterialReviewIsApproved()
    {
        var instanceId = await ArrangeAtMaterialReviewAsync();
        var page = await SignInAsync("approval");
        await page.GotoAsync($"/instances/{instanceId}");
        await Assertions.Expect(Marked(page, "materialReview", "wf-active")).ToHaveCountAsync(1);

        var taskId = await arrange.OpenTaskAsync(instanceId, "materialReview", "approval");
        await arrange.CompleteAsync(taskId, "approval", new { materialDecision = "approve", annualPlanStatus = "in-plan", projectScale = "ordinary", materialOpinion = "材料齐全" });
        await Eventually.HoldsAsync(async () => (await arrange.ActiveActivitiesAsync(instanceId)).Contains("technicalReview"));
        await page.ReloadAsync();

        await Assertions.Expect(Marked(page, "technicalReview", "wf-active")).ToHaveCountAsync(1);
        await Assertions.Expect(Marked(page, "materialReview", "wf-completed")).ToHaveCountAsync(1);
        await Assertions.Expect(Marked(page, "materialReview", "wf-active")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task ShouldShowTheForbiddenPageToAClerkOfAnotherDepartment()
    {
        var instanceId = await arrange.StartNewProjectAsync();
        var taskId = await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a");
        var page = await SignInAsync("dept-b");

        await page.GotoAsync($"/tasks/{taskId}");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "无权访问 (403)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("submit-task")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task ShouldShowTheForbiddenPageToAClerkOfAnotherDepartmentOnAProjectPage()
    {
        var projectId = await arrange.RegisterCompleteProjectAsync();
        var page = await SignInAsync("dept-b");

        await page.GotoAsync($"/projects/{projectId}");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "无权访问 (403)" })).ToBeVisibleAsync();
    }

    private static async Task FillApplicationFormAsync(IPage page)
    {
        await page.GetByLabel("申请说明").FillAsync("申请升级智慧校园");
        await page.GetByLabel("联系人").FillAsync("王老师");
        await page.GetByLabel("联系电话").FillAsync("0358-1234567");
    }

    private async Task<Guid> ArrangeAtMaterialReviewAsync()
    {
        var instanceId = await arrange.StartNewProjectAsync();
        var applicationTask = await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a");
        await arrange.CompleteAsync(applicationTask, "dept-a", CompleteApplication);
        await Eventually.HoldsAsync(async () => (await arrange.ActiveActivitiesAsync(instanceId)).Contains("materialReview"));
        return instanceId;
    }

    private static ILocator Marked(IPage page, string elementId, string marker) =>
        page.Locator($"g.djs-element.{marker}[data-element-id='{elementId}']");
}
