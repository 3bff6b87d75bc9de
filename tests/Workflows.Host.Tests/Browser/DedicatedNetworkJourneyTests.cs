using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// The dedicated-network exception (art. 11) as its users take it: the lead department states the legal basis from the
/// project page, the bureau returns, consents or refuses from its inbox, and the answer stands on the project.
/// </summary>
public sealed class DedicatedNetworkJourneyTests : BrowserFixture
{
    private PathJourney journey = null!;

    [SetUp]
    public void CreateJourney() => journey = new PathJourney(App);

    [Test]
    public async Task ShouldLetTheBureauReturnTheRequestAndThenConsentAndShowTheConsentOnTheProject()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        var clerk = await SignInAsync("dept-a");
        await clerk.GotoAsync($"/projects/{project.Id}");
        await clerk.GetByTestId("start-dedicated-network-exception").ClickAsync();
        await Assertions.Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "说明法律依据", Level = 1 })).ToBeVisibleAsync();
        await clerk.ScreenshotAsync(new() { Path = "/tmp/fidpaths-dn-1-state-legal-basis.png", FullPage = true });
        await clerk.GetByLabel("国家规定依据").FillAsync("《电子政务外网建设规定》");
        await clerk.GetByLabel("建设必要性").FillAsync("涉密业务须物理隔离");
        await clerk.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(clerk.GetByTestId("flash")).ToHaveTextAsync("任务已提交");

        var instanceId = await journey.InstanceAsync(project.Id, "dedicated-network-exception");
        var review = await journey.TaskAtAsync(instanceId, "bureauNetworkReview", "bureau");
        Assert.That(await journey.MailedAboutAsync(review), Is.EqualTo(new[] { "bureau" }), "only the bureau reviews");
        var bureau = await SignInAsync("bureau");
        await bureau.Locator($"a[data-task-id='{review}']", new() { HasText = "主管部门审查" }).ClickAsync();
        await Assertions.Expect(bureau.GetByLabel("审查意见")).ToBeVisibleAsync();
        await Assertions.Expect(bureau.GetByLabel("申请人修改情况")).ToHaveCountAsync(0);
        await bureau.GetByLabel("退回补充依据").CheckAsync();
        await bureau.GetByLabel("审查意见").FillAsync("请写明国家规定的具体条款");
        await bureau.ScreenshotAsync(new() { Path = "/tmp/fidpaths-dn-2-bureau-review.png", FullPage = true });
        await bureau.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(bureau.GetByTestId("flash")).ToHaveTextAsync("任务已提交");

        // The return comes back to the lead department's clerks alone, with the bureau's opinion and the basis to revise.
        var revise = await journey.TaskAtAsync(instanceId, "stateLegalBasis", "dept-a");
        Assert.That(await journey.MailedAboutAsync(revise), Is.EqualTo(new[] { "dept-a", "lead-a" }), "the lead department's clerks, nobody else");
        await clerk.GotoAsync("/");
        await clerk.Locator($"a[data-task-id='{revise}']", new() { HasText = "说明法律依据" }).ClickAsync();
        await Assertions.Expect(clerk.GetByTestId("task-form")).ToContainTextAsync("请写明国家规定的具体条款");
        await Assertions.Expect(clerk.GetByLabel("国家规定依据")).ToHaveValueAsync("《电子政务外网建设规定》");
        await clerk.ScreenshotAsync(new() { Path = "/tmp/fidpaths-dn-3-revise.png", FullPage = true });
        await clerk.GetByLabel("国家规定依据").FillAsync("《电子政务外网建设规定》第十二条");
        await clerk.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(clerk.GetByTestId("flash")).ToHaveTextAsync("任务已提交");

        var second = await journey.TaskAtAsync(instanceId, "bureauNetworkReview", "bureau");
        await bureau.GotoAsync($"/tasks/{second}");
        // Art. 11: the bureau sees what the department changed since it returned the request.
        await Assertions.Expect(bureau.GetByTestId("task-form").GetByLabel("申请人修改情况"))
            .ToHaveValueAsync("修改国家规定依据：《电子政务外网建设规定》 → 《电子政务外网建设规定》第十二条");
        await bureau.ScreenshotAsync(new() { Path = "/tmp/fidpaths-dn-3b-resubmitted-review.png", FullPage = true });
        // In English the list is in English, and the consent given there leaves the shown-only English list out of its submission.
        await bureau.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await bureau.GotoAsync($"/tasks/{second}");
        await Assertions.Expect(bureau.GetByTestId("task-form").GetByLabel("What the applicant changed"))
            .ToHaveValueAsync("Legal basis in national rules: 《电子政务外网建设规定》 → 《电子政务外网建设规定》第十二条");
        await bureau.ScreenshotAsync(new() { Path = "/tmp/fidpaths-dn-3c-resubmitted-review-en.png", FullPage = true });
        await bureau.GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        await bureau.GetByLabel("Review opinion").FillAsync("依据充分，同意建设");
        await bureau.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(bureau.GetByTestId("flash")).ToBeVisibleAsync();
        await Assertions.Expect(bureau.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Eventually.HoldsAsync(async () => await journey.InstanceStatusAsync(instanceId) == "Completed");

        await clerk.GotoAsync($"/projects/{project.Id}");
        await Assertions.Expect(clerk.GetByTestId("project-dedicated-network")).ToContainTextAsync("主管部门已同意");
        await Assertions.Expect(clerk.GetByTestId("history")).ToContainTextAsync("同意新建业务专网（第十一条）");
        await Assertions.Expect(clerk.GetByTestId("history")).ToContainTextAsync("退回专网申请，要求补充法律依据（第十一条）");
        await Assertions.Expect(clerk.GetByTestId("history")).ToContainTextAsync("业务专网：申请中，待主管部门审查 → 主管部门已同意（第十一条）");
        await clerk.ScreenshotAsync(new() { Path = "/tmp/fidpaths-dn-4-project.png", FullPage = true });
        await clerk.GetByTestId("history").ScreenshotAsync(new() { Path = "/tmp/fidpaths-dn-5-history.png" });
    }

    [Test]
    public async Task ShouldRecordTheBureausRefusalOnTheProjectAndKeepEveryoneElseOut()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        using var deptB = await journey.ClientAsync("dept-b");
        Assert.That((await deptB.PostAsJsonAsync("/api/instances", new
        {
            definitionKey = "dedicated-network-exception", variables = new { projectId = project.Id },
        })).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "another department starts nothing for the project");
        using var deptA = await journey.ClientAsync("dept-a");
        (await deptA.PostAsJsonAsync("/api/instances", new
        {
            definitionKey = "dedicated-network-exception", variables = new { projectId = project.Id },
        })).EnsureSuccessStatusCode();
        var instanceId = await journey.InstanceAsync(project.Id, "dedicated-network-exception");
        var state = await journey.TaskAtAsync(instanceId, "stateLegalBasis", "dept-a");
        var basis = new { legalBasis = "国家规定", justification = "必要" };

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await deptB.GetAsync($"/api/tasks/{state}")).StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound));
            Assert.That((await deptB.PostAsync($"/api/tasks/{state}/claim", null)).StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound));
            Assert.That((await journey.CompleteAsync(state, "dept-b", basis)).StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound));
            Assert.That((await deptB.GetAsync($"/api/projects/{project.Id}")).StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound));
            Assert.That((await deptB.GetAsync($"/api/instances/{instanceId}")).StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound));
            Assert.That((await journey.CompleteAsync(state, "bureau", basis)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the bureau does not state the department's basis");
        }

        (await journey.CompleteAsync(state, "dept-a", basis)).EnsureSuccessStatusCode();
        Assert.That((await journey.CompleteAsync(state, "dept-a", basis)).StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a second completion");
        var review = await journey.TaskAtAsync(instanceId, "bureauNetworkReview", "bureau");
        var refusal = new { networkDecision = "reject", networkOpinion = "无国家规定依据" };
        Assert.That((await journey.CompleteAsync(review, "dept-a", refusal)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "a clerk does not decide");
        (await journey.CompleteAsync(review, "bureau", refusal)).EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(async () => await journey.InstanceStatusAsync(instanceId) == "Completed");

        var clerk = await SignInAsync("dept-a");
        await clerk.GotoAsync($"/projects/{project.Id}");
        await Assertions.Expect(clerk.GetByTestId("project-dedicated-network")).ToContainTextAsync("主管部门不同意");
        await Assertions.Expect(clerk.GetByTestId("history")).ToContainTextAsync("不同意新建业务专网（第十一条）");
    }
}
