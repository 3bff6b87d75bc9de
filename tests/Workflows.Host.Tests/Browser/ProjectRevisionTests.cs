using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// Arts. 8-12: a returned application is revised on the project page by its lead department, in a form prefilled with what
/// the server holds, and only while the return is open.
/// </summary>
public sealed class ProjectRevisionTests : BrowserFixture
{
    private NewProjectArrangement arrange = null!;

    [SetUp]
    public void CreateArrangement() => arrange = new NewProjectArrangement(App);

    [Test]
    public async Task ShouldLetTheLeadDepartmentReviseAReturnedApplicationInAPrefilledForm()
    {
        var project = await ReturnedAsync();
        var page = await SignInAsync("dept-a");
        await page.GotoAsync($"/projects/{project.Id}");

        await Assertions.Expect(page.GetByTestId("revision")).ToContainTextAsync("初步设计不完整，请补正");
        await page.GetByTestId("revise-application").ClickAsync();
        var form = page.GetByTestId("revise-form");
        await Assertions.Expect(form.GetByLabel("项目名称")).ToHaveValueAsync(project.Name);
        await Assertions.Expect(form.GetByLabel("建设内容")).ToHaveValueAsync("平台升级");
        await form.GetByLabel("建设内容").FillAsync("平台升级及移动端建设");
        await form.GetByRole(AriaRole.Button, new() { Name = "保存修改" }).ClickAsync();

        await Assertions.Expect(page.Locator(".el-message")).ToContainTextAsync("申请已修改，请回到修改任务重新提交");
        await Assertions.Expect(page.GetByText("修改建设内容：平台升级 → 平台升级及移动端建设")).ToBeVisibleAsync();
    }

    [Test]
    public async Task ShouldNotOfferTheRevisionToTheReviewerWhoReturnedIt()
    {
        var project = await ReturnedAsync();
        var page = await SignInAsync("bureau");
        await page.GotoAsync($"/projects/{project.Id}");

        await Assertions.Expect(page.GetByTestId("revision")).ToContainTextAsync("初步设计不完整，请补正");
        await Assertions.Expect(page.GetByTestId("revise-application")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task ShouldNotOfferTheRevisionWhileNoReturnIsOpen()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await SubmittedAsync(project.Id);
        var page = await SignInAsync("dept-a");
        await page.GotoAsync($"/projects/{project.Id}");

        await Assertions.Expect(page.GetByTestId("project-stage")).ToHaveTextAsync("审查中");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(page.GetByTestId("revise-application")).ToHaveCountAsync(0);
    }

    /// <summary>A project of department A whose application the approval bureau returned at the material review.</summary>
    private async Task<ProjectSetup.RegisteredProject> ReturnedAsync()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        var instanceId = await SubmittedAsync(project.Id);
        var review = await arrange.OpenTaskAsync(instanceId, "materialReview", "approval");
        await arrange.CompleteAsync(review, "approval", new
        {
            materialDecision = "return", annualPlanStatus = "in-plan", projectScale = "ordinary", materialOpinion = "初步设计不完整，请补正",
        });
        await Eventually.HoldsAsync(async () => (await arrange.ActiveActivitiesAsync(instanceId)).Contains("reviseApplication"));
        return project;
    }

    private async Task<Guid> SubmittedAsync(Guid projectId)
    {
        var instanceId = await arrange.StartNewProjectAsync(projectId);
        var application = await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a");
        await arrange.CompleteAsync(application, "dept-a", new { applicationNote = "申请立项", contactPerson = "张三", contactPhone = "0358-1234567" });
        await Eventually.HoldsAsync(async () => (await arrange.ActiveActivitiesAsync(instanceId)).Contains("materialReview"));
        return instanceId;
    }
}
