using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// The rectification order (art. 28) as its users take it: the bureau orders it from the project page, the department
/// rectifies from its inbox, the bureau verifies; a failed check suspends payments, a second failure terminates the
/// project and the loss is assessed.
/// </summary>
public sealed class RectificationJourneyTests : BrowserFixture
{
    private static readonly object Order = new
    {
        rectificationReason = "BuildingAgainstApproval", rectificationDescription = "未按批复建设", limitWorkingDays = 10, secondLimitWorkingDays = 5,
    };

    private PathJourney journey = null!;

    [SetUp]
    public void CreateJourney() => journey = new PathJourney(App);

    [Test]
    public async Task ShouldSuspendPaymentsWhenTheFirstCheckFailsAndResumeThemWhenTheSecondPasses()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        var bureau = await SignInAsync("bureau");
        await bureau.GotoAsync($"/projects/{project.Id}");
        await bureau.GetByTestId("start-rectification-order").ClickAsync();
        await Assertions.Expect(bureau.GetByRole(AriaRole.Heading, new() { Name = "下达限期整改通知", Level = 1 })).ToBeVisibleAsync();
        await bureau.GetByLabel("未按批复建设").CheckAsync();
        await bureau.GetByLabel("问题说明").FillAsync("擅自增加建设内容");
        await bureau.GetByRole(AriaRole.Textbox, new() { Name = "整改期限（工作日）", Exact = true }).FillAsync("10");
        await bureau.GetByLabel("暂停拨付后的二次整改期限（工作日）").FillAsync("5");
        await bureau.ScreenshotAsync(new() { Path = "/tmp/fidpaths-ro-1-order.png", FullPage = true });
        await bureau.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(bureau.GetByTestId("flash")).ToHaveTextAsync("任务已提交");

        var instanceId = await journey.InstanceAsync(project.Id, "rectification-order");
        var rectify = await journey.TaskAtAsync(instanceId, "rectify", "dept-a");
        Assert.That(await journey.MailedAboutAsync(rectify), Is.EqualTo(new[] { "dept-a", "lead-a" }), "the project's department, nobody else");
        var clerk = await SignInAsync("dept-a");
        await clerk.Locator($"a[data-task-id='{rectify}']", new() { HasText = "整改并报告" }).ClickAsync();
        await clerk.GetByLabel("整改情况报告").FillAsync("已删除超出批复的模块");
        await clerk.ScreenshotAsync(new() { Path = "/tmp/fidpaths-ro-2-rectify.png", FullPage = true });
        await clerk.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(clerk.GetByTestId("flash")).ToHaveTextAsync("任务已提交");

        var verify = await journey.TaskAtAsync(instanceId, "verifyRectification", "bureau");
        Assert.That(await journey.MailedAboutAsync(verify), Is.EqualTo(new[] { "bureau" }));
        await bureau.GotoAsync("/");
        await bureau.Locator($"a[data-task-id='{verify}']", new() { HasText = "核查整改情况" }).ClickAsync();
        await bureau.GetByLabel("核查意见").FillAsync("仍有超批复内容");
        await bureau.ScreenshotAsync(new() { Path = "/tmp/fidpaths-ro-3-verify.png", FullPage = true });
        await bureau.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(bureau.GetByTestId("flash")).ToHaveTextAsync("任务已提交");

        // Suspended: the project says so and no money may be requested.
        var again = await journey.TaskAtAsync(instanceId, "rectifyAgain", "dept-a");
        await clerk.GotoAsync($"/projects/{project.Id}");
        await Assertions.Expect(clerk.GetByTestId("project-funding")).ToContainTextAsync("暂停拨付");
        await Assertions.Expect(clerk.GetByTestId("payments-blocked")).ToContainTextAsync("第二十八条");
        await clerk.ScreenshotAsync(new() { Path = "/tmp/fidpaths-ro-4-suspended.png", FullPage = true });
        await clerk.GotoAsync("/");
        await clerk.Locator($"a[data-task-id='{again}']", new() { HasText = "再次整改并报告" }).ClickAsync();
        await Assertions.Expect(clerk.GetByLabel("不予整改")).Not.ToBeCheckedAsync();
        await clerk.GetByLabel("整改情况报告").FillAsync("已全部整改");
        await clerk.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(clerk.GetByTestId("flash")).ToHaveTextAsync("任务已提交");

        var second = await journey.TaskAtAsync(instanceId, "verifySecondRectification", "bureau");
        await bureau.GotoAsync($"/tasks/{second}");
        await bureau.GetByLabel("整改到位", new() { Exact = true }).CheckAsync();
        await bureau.GetByLabel("核查意见").FillAsync("整改到位");
        await bureau.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(bureau.GetByTestId("flash")).ToHaveTextAsync("任务已提交");
        await Eventually.HoldsAsync(async () => await journey.InstanceStatusAsync(instanceId) == "Completed");

        await bureau.GotoAsync($"/projects/{project.Id}");
        await Assertions.Expect(bureau.GetByTestId("project-funding")).ToContainTextAsync("正常");
        await Assertions.Expect(bureau.GetByTestId("payments-blocked")).ToHaveCountAsync(0);
        await Assertions.Expect(bureau.GetByTestId("history")).ToContainTextAsync("资金状态：正常 → 暂停拨付");
        await Assertions.Expect(bureau.GetByTestId("history")).ToContainTextAsync("资金状态：暂停拨付 → 正常");
        await bureau.GetByTestId("history").ScreenshotAsync(new() { Path = "/tmp/fidpaths-ro-7-history.png" });
    }

    [Test]
    public async Task ShouldTerminateTheProjectAfterASecondFailedCheckAndReferASeriousLoss()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        var instanceId = await StartAsync(project.Id);
        await CompleteAsync(instanceId, "issueOrder", "bureau", Order);
        await CompleteAsync(instanceId, "rectify", "dept-a", new { rectificationReport = "已整改" });
        await CompleteAsync(instanceId, "verifyRectification", "bureau", new { rectificationCompliant = false, verificationOpinion = "不到位" });
        await CompleteAsync(instanceId, "rectifyAgain", "dept-a", new { rectificationReport = "再次整改" });

        var second = await journey.TaskAtAsync(instanceId, "verifySecondRectification", "bureau");
        var bureau = await SignInAsync("bureau");
        await bureau.Locator($"a[data-task-id='{second}']", new() { HasText = "再次核查" }).ClickAsync();
        await bureau.GetByLabel("核查意见").FillAsync("仍不到位");
        await bureau.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(bureau.GetByTestId("flash")).ToHaveTextAsync("任务已提交");

        var assess = await journey.TaskAtAsync(instanceId, "assessLoss", "bureau");
        await bureau.GotoAsync($"/tasks/{assess}");
        await bureau.GetByLabel("造成财政资金严重损失，移送追责").CheckAsync();
        await bureau.GetByLabel("评估意见").FillAsync("已支付的 20 万元无法收回");
        await bureau.ScreenshotAsync(new() { Path = "/tmp/fidpaths-ro-5-assess.png", FullPage = true });
        await bureau.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(bureau.GetByTestId("flash")).ToHaveTextAsync("任务已提交");
        await Eventually.HoldsAsync(async () => await journey.InstanceStatusAsync(instanceId) == "Completed");

        var clerk = await SignInAsync("dept-a");
        await clerk.GotoAsync($"/projects/{project.Id}");
        await Assertions.Expect(clerk.GetByTestId("project-stage")).ToHaveTextAsync("已终止");
        await Assertions.Expect(clerk.GetByTestId("payments-blocked")).ToContainTextAsync("项目已终止");
        await Assertions.Expect(clerk.GetByTestId("history")).ToContainTextAsync("移送追责");
        await Assertions.Expect(clerk.GetByTestId("project-start")).ToHaveCountAsync(0);
        await clerk.ScreenshotAsync(new() { Path = "/tmp/fidpaths-ro-6-terminated.png", FullPage = true });
        using var deptA = await journey.ClientAsync("dept-a");
        Assert.That((await deptA.PostAsJsonAsync("/api/instances", new { definitionKey = "change-request", variables = new { projectId = project.Id } })).StatusCode,
            Is.EqualTo(HttpStatusCode.Conflict), "a terminated project gets no change");
    }

    [Test]
    public async Task ShouldCloseTheOrderOnACompliantFirstCheckAndKeepOtherDepartmentsAndRolesOut()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        using var deptA = await journey.ClientAsync("dept-a");
        Assert.That((await deptA.PostAsJsonAsync("/api/instances", new { definitionKey = "rectification-order", variables = new { projectId = project.Id } })).StatusCode,
            Is.EqualTo(HttpStatusCode.Forbidden), "only the bureau orders a rectification");
        var instanceId = await StartAsync(project.Id);
        await CompleteAsync(instanceId, "issueOrder", "bureau", Order);
        var rectify = await journey.TaskAtAsync(instanceId, "rectify", "dept-a");
        using var deptB = await journey.ClientAsync("dept-b");
        var report = new { rectificationReport = "已整改" };
        using (Assert.EnterMultipleScope())
        {
            Assert.That((await deptB.GetAsync($"/api/tasks/{rectify}")).StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound));
            Assert.That((await deptB.PostAsync($"/api/tasks/{rectify}/claim", null)).StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound));
            Assert.That((await journey.CompleteAsync(rectify, "dept-b", report)).StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound));
            Assert.That((await journey.CompleteAsync(rectify, "bureau", report)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the bureau does not rectify");
        }

        (await journey.CompleteAsync(rectify, "dept-a", report)).EnsureSuccessStatusCode();
        Assert.That((await journey.CompleteAsync(rectify, "dept-a", report)).StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a second completion");
        var verify = await journey.TaskAtAsync(instanceId, "verifyRectification", "bureau");
        var verdict = new { rectificationCompliant = true, verificationOpinion = "到位" };
        Assert.That((await journey.CompleteAsync(verify, "dept-a", verdict)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "a clerk does not verify its own rectification");

        var bureau = await SignInAsync("bureau");
        await bureau.GotoAsync($"/tasks/{verify}");
        await bureau.GetByLabel("整改到位", new() { Exact = true }).CheckAsync();
        await bureau.GetByLabel("核查意见").FillAsync("到位");
        await bureau.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(bureau.GetByTestId("flash")).ToHaveTextAsync("任务已提交");
        await Eventually.HoldsAsync(async () => await journey.InstanceStatusAsync(instanceId) == "Completed");
        var after = await journey.ProjectAsync(project.Id);
        Assert.That(after.GetProperty("fundingStatus").GetString(), Is.EqualTo("Normal"));
        await bureau.GotoAsync($"/projects/{project.Id}");
        await Assertions.Expect(bureau.GetByTestId("history")).ToContainTextAsync("整改到位（第二十八条）");
    }

    private Task<Guid> StartAsync(Guid projectId) => journey.StartAsync(projectId, "rectification-order", "bureau");

    private async Task CompleteAsync(Guid instanceId, string activityId, string userName, object variables)
    {
        var task = await journey.TaskAtAsync(instanceId, activityId, userName);
        var response = await journey.CompleteAsync(task, userName, variables);
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{activityId}: {await response.Content.ReadAsStringAsync()}");
    }
}
