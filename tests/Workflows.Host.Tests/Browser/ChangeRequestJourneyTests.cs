using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// The change request (arts. 13, 20) as its users take it: the lead department asks from the project page, the bureau
/// evaluates a major change (returns it, agrees) or takes note of a general one, finance answers a budget adjustment, and
/// the project carries the change.
/// </summary>
public sealed class ChangeRequestJourneyTests : BrowserFixture
{
    private static readonly int Year = DateTime.UtcNow.Year;

    private PathJourney journey = null!;

    [SetUp]
    public void CreateJourney() => journey = new PathJourney(App);

    [Test]
    public async Task ShouldLetTheBureauReturnAMajorChangeAndThenAgreeAndAdjustTheProjectsScope()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        var clerk = await SignInAsync("dept-a");
        await clerk.GotoAsync($"/projects/{project.Id}");
        await clerk.GetByTestId("start-change-request").ClickAsync();
        await Assertions.Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "填报变更申请", Level = 1 })).ToBeVisibleAsync();
        await clerk.GetByLabel("变更原因").FillAsync("业务需求变化");
        await clerk.GetByLabel("变更后的建设内容").FillAsync("平台升级并增加移动端");
        await clerk.ScreenshotAsync(new() { Path = "/tmp/fidpaths-cr-1-state-change.png", FullPage = true });
        await clerk.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(clerk.GetByTestId("flash")).ToHaveTextAsync("任务已提交");

        var instanceId = await journey.InstanceAsync(project.Id, "change-request");
        var evaluation = await journey.TaskAtAsync(instanceId, "bureauChangeEvaluation", "bureau");
        Assert.That(await journey.MailedAboutAsync(evaluation), Is.EqualTo(new[] { "bureau" }), "only the bureau evaluates");
        var bureau = await SignInAsync("bureau");
        await bureau.Locator($"a[data-task-id='{evaluation}']", new() { HasText = "主管部门评估" }).ClickAsync();
        await Assertions.Expect(bureau.GetByLabel("评估意见")).ToBeVisibleAsync();
        await Assertions.Expect(bureau.GetByLabel("申请人修改情况")).ToHaveCountAsync(0);
        await bureau.GetByLabel("退回补充说明").CheckAsync();
        await bureau.GetByLabel("评估意见").FillAsync("请说明移动端的用户规模");
        await bureau.ScreenshotAsync(new() { Path = "/tmp/fidpaths-cr-2-evaluation.png", FullPage = true });
        await bureau.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(bureau.GetByTestId("flash")).ToHaveTextAsync("任务已提交");

        var restate = await journey.TaskAtAsync(instanceId, "stateChange", "dept-a");
        Assert.That(await journey.MailedAboutAsync(restate), Is.EqualTo(new[] { "dept-a", "lead-a" }), "the lead department's clerks, nobody else");
        await clerk.GotoAsync("/");
        await clerk.Locator($"a[data-task-id='{restate}']", new() { HasText = "填报变更申请" }).ClickAsync();
        await Assertions.Expect(clerk.GetByTestId("task-form")).ToContainTextAsync("请说明移动端的用户规模");
        await Assertions.Expect(clerk.GetByLabel("变更后的建设内容")).ToHaveValueAsync("平台升级并增加移动端");
        await clerk.GetByLabel("变更原因").FillAsync("业务需求变化，移动端用户约两万人");
        await clerk.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(clerk.GetByTestId("flash")).ToHaveTextAsync("任务已提交");

        var second = await journey.TaskAtAsync(instanceId, "bureauChangeEvaluation", "bureau");
        await bureau.GotoAsync($"/tasks/{second}");
        // Arts. 13, 20: the bureau sees what the department changed since it returned the request.
        await Assertions.Expect(bureau.GetByTestId("task-form").GetByLabel("申请人修改情况"))
            .ToHaveValueAsync("修改变更原因：业务需求变化 → 业务需求变化，移动端用户约两万人");
        await bureau.ScreenshotAsync(new() { Path = "/tmp/fidpaths-cr-2b-resubmitted-evaluation.png", FullPage = true });
        await bureau.GetByLabel("同意", new() { Exact = true }).CheckAsync();
        await bureau.GetByLabel("评估意见").FillAsync("同意调整建设内容");
        await bureau.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(bureau.GetByTestId("flash")).ToHaveTextAsync("任务已提交");
        await Eventually.HoldsAsync(async () => await journey.InstanceStatusAsync(instanceId) == "Completed");

        await clerk.GotoAsync($"/projects/{project.Id}");
        await Assertions.Expect(clerk.GetByTestId("application")).ToContainTextAsync("平台升级并增加移动端");
        await Assertions.Expect(clerk.GetByTestId("history")).ToContainTextAsync("按批准的重大变更调整项目（第二十条）");
        await clerk.ScreenshotAsync(new() { Path = "/tmp/fidpaths-cr-3-project.png", FullPage = true });
    }

    [Test]
    public async Task ShouldRaiseTheApprovedBudgetOnceTheBureauAndFinanceAgreeToABudgetAdjustment()
    {
        var (project, instanceId) = await AtFinanceReviewOfARaiseTo700000Async();

        var review = await journey.TaskAtAsync(instanceId, "financeChangeReview", "finance");
        Assert.That(await journey.MailedAboutAsync(review), Is.EqualTo(new[] { "finance" }), "only finance reviews the budget");
        var finance = await SignInAsync("finance");
        await finance.Locator($"a[data-task-id='{review}']", new() { HasText = "财政审核预算调整" }).ClickAsync();
        await finance.GetByLabel("同意", new() { Exact = true }).CheckAsync();
        await finance.GetByLabel("审核意见").FillAsync("同意调整预算");
        await finance.ScreenshotAsync(new() { Path = "/tmp/fidpaths-cr-4-finance.png", FullPage = true });
        await finance.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(finance.GetByTestId("flash")).ToHaveTextAsync("任务已提交");
        await Eventually.HoldsAsync(async () => await journey.InstanceStatusAsync(instanceId) == "Completed");

        await finance.GotoAsync($"/projects/{project.Id}");
        await Assertions.Expect(finance.GetByTestId("payments")).ToContainTextAsync("¥700,000");
        await Assertions.Expect(finance.GetByTestId("history")).ToContainTextAsync("按批准的重大变更调整项目（第二十条）");
        await Assertions.Expect(finance.GetByTestId("history")).ToContainTextAsync("审查单位：县财政局；决定：同意");
        await Assertions.Expect(finance.GetByTestId("history")).ToContainTextAsync("重大变更：是；重大变更事由：预算调整超过规定比例");
        await Assertions.Expect(finance.GetByTestId("history")).ToContainTextAsync("各年度预算：2026: ¥500,000 → 2026: ¥700,000".Replace("2026", Year.ToString()));
        await finance.ScreenshotAsync(new() { Path = "/tmp/fidpaths-cr-5-project.png", FullPage = true });
        await finance.GetByTestId("history").ScreenshotAsync(new() { Path = "/tmp/fidpaths-cr-7-history.png" });
    }

    [Test]
    public async Task ShouldKeepTheApprovedBudgetWhenFinanceRefusesTheAdjustment()
    {
        var (project, instanceId) = await AtFinanceReviewOfARaiseTo700000Async();
        var review = await journey.TaskAtAsync(instanceId, "financeChangeReview", "finance");
        var refusal = new { financeDecision = "reject", financeOpinion = "财力不足" };
        Assert.That((await journey.CompleteAsync(review, "bureau", refusal)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the bureau does not answer for finance");
        (await journey.CompleteAsync(review, "finance", refusal)).EnsureSuccessStatusCode();
        Assert.That((await journey.CompleteAsync(review, "finance", refusal)).StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a second completion");
        await Eventually.HoldsAsync(async () => await journey.InstanceStatusAsync(instanceId) == "Completed");

        var after = await journey.ProjectAsync(project.Id);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.GetProperty("totalBudget").GetDecimal(), Is.EqualTo(500_000m));
            Assert.That(after.GetProperty("approvedBudget").GetDecimal(), Is.EqualTo(500_000m));
        }
    }

    [Test]
    public async Task ShouldRecordAGeneralChangeForTheBureausNoticeWithoutRaisingTheApprovedBudgetPastFinance()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        var instanceId = await StartAsync(project.Id);
        var state = await journey.TaskAtAsync(instanceId, "stateChange", "dept-a");
        using var deptB = await journey.ClientAsync("dept-b");
        using (Assert.EnterMultipleScope())
        {
            Assert.That((await deptB.GetAsync($"/api/tasks/{state}")).StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound));
            Assert.That((await deptB.PostAsync($"/api/tasks/{state}/claim", null)).StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound));
            Assert.That((await journey.CompleteAsync(state, "dept-b", new { changeReason = "x" })).StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound));
            Assert.That((await deptB.GetAsync($"/api/instances/{instanceId}")).StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound));
        }

        (await journey.CompleteAsync(state, "dept-a", new
        {
            changeReason = "少量增补", newTotalBudget = 520_000m, newYearBudgets = new[] { new { year = Year, amount = 520_000m } },
        })).EnsureSuccessStatusCode();
        var notice = await journey.TaskAtAsync(instanceId, "bureauChangeNotice", "bureau");
        Assert.That(await journey.MailedAboutAsync(notice), Is.EqualTo(new[] { "bureau" }));
        var bureau = await SignInAsync("bureau");
        await bureau.Locator($"a[data-task-id='{notice}']", new() { HasText = "主管部门知悉一般变更" }).ClickAsync();
        await bureau.GetByLabel("知悉意见").FillAsync("已知悉");
        await bureau.ScreenshotAsync(new() { Path = "/tmp/fidpaths-cr-6-notice.png", FullPage = true });
        await bureau.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(bureau.GetByTestId("flash")).ToHaveTextAsync("任务已提交");
        await Eventually.HoldsAsync(async () => await journey.InstanceStatusAsync(instanceId) == "Completed");

        // Art. 13: finance approves the budget; a general change the bureau only takes note of cannot raise it.
        var after = await journey.ProjectAsync(project.Id);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.GetProperty("totalBudget").GetDecimal(), Is.EqualTo(520_000m));
            Assert.That(after.GetProperty("approvedBudget").GetDecimal(), Is.EqualTo(500_000m));
        }
    }

    /// <summary>A major budget change from 500,000 to 700,000 the bureau agreed to, at finance's review.</summary>
    private async Task<(ProjectSetup.RegisteredProject Project, Guid InstanceId)> AtFinanceReviewOfARaiseTo700000Async()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        var instanceId = await StartAsync(project.Id);
        var state = await journey.TaskAtAsync(instanceId, "stateChange", "dept-a");
        (await journey.CompleteAsync(state, "dept-a", new
        {
            changeReason = "增加设备", newTotalBudget = 700_000m, newYearBudgets = new[] { new { year = Year, amount = 700_000m } },
        })).EnsureSuccessStatusCode();
        var evaluation = await journey.TaskAtAsync(instanceId, "bureauChangeEvaluation", "bureau");
        (await journey.CompleteAsync(evaluation, "bureau", new { changeDecision = "approve", changeOpinion = "同意" })).EnsureSuccessStatusCode();
        return (project, instanceId);
    }

    private Task<Guid> StartAsync(Guid projectId) => journey.StartAsync(projectId, "change-request", "dept-a");
}
