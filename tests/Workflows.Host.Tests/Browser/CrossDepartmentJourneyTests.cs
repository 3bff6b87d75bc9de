using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// Arts. 6, 8: a cross-department project led by department A (教育科技局) with two co-builders, 卫生健康局 (dept-b) and
/// 天宁镇 (town-a). Each co-builder decides its part from its own inbox; one declining sends the plan back to the lead,
/// and once every part is confirmed the lead's overall plan hands over to new-project.
/// </summary>
public sealed class CrossDepartmentJourneyTests : BrowserFixture
{
    private const string CoBuilderPart = "本单位承担的建设内容与配合事项（拒绝时写明理由）";

    private ConstructionArrangement arrange = null!;

    [SetUp]
    public void CreateArrangement() => arrange = new ConstructionArrangement(App, MailFolder);

    [Test]
    public async Task ShouldSendThePlanBackToTheLeadNamingTheCoBuilderThatDeclinedAndConfirmEveryPartAgain()
    {
        var project = await arrange.StartCrossDepartmentProjectAsync("health", "tianning");
        await arrange.CompleteAsync(project.Id, "leadConfirmsPart", "dept-a", new { leadPart = "建设教育数据平台" });

        var health = await SignInAsync("dept-b");
        await DecideFromInboxAsync(health, project.Name, "确认承担", "提供卫生健康数据接口");
        var town = await SignInAsync("town-a");
        await DecideFromInboxAsync(town, project.Name, "拒绝（请写明理由）", "本镇无相关业务");

        var lead = await SignInAsync("dept-a");
        await lead.GetByRole(AriaRole.Row).Filter(new() { HasText = project.Name })
            .Locator("a[data-task-id]", new() { HasText = "牵头部门修改总体方案" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("task-form")).ToContainTextAsync("天宁镇人民政府");
        await Assertions.Expect(lead.GetByTestId("task-form")).ToContainTextAsync("本镇无相关业务");
        await lead.GetByLabel("修改说明").FillAsync("调整天宁镇分工为数据采集");
        await lead.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(lead.GetByTestId("flash")).ToHaveTextAsync("任务已提交");

        await Eventually.HoldsAsync(async () => (await arrange.OpenActivitiesAsync(project.Id)).SequenceEqual(
            ["coBuilderConfirmsPart", "coBuilderConfirmsPart", "leadConfirmsPart"]));
        await health.GotoAsync("/");
        var healthRows = health.GetByRole(AriaRole.Row).Filter(new() { HasText = project.Name });
        await Assertions.Expect(healthRows.Locator("a[data-task-id]", new() { HasText = "确认本单位分工" })).ToHaveCountAsync(1);
        await Assertions.Expect(healthRows.Locator("a[data-task-id]", new() { HasText = "牵头部门" })).ToHaveCountAsync(0);
    }

    [Test]
    public async Task ShouldHandTheConsolidatedPlanOverToTheLeadsApplicationAndMailOnlyTheDepartmentsInvolved()
    {
        var project = await arrange.StartCrossDepartmentProjectAsync("health", "tianning");
        await arrange.CompleteAsync(project.Id, "leadConfirmsPart", "dept-a", new { leadPart = "建设教育数据平台" });
        await arrange.CompleteAsync(project.Id, "coBuilderConfirmsPart", "dept-b", new { coBuildingDecision = "confirm", coBuildingPart = "提供卫生健康数据接口" });
        await arrange.CompleteAsync(project.Id, "coBuilderConfirmsPart", "town-a", new { coBuildingDecision = "confirm", coBuildingPart = "乡镇数据采集" });

        var lead = await SignInAsync("dept-a");
        await lead.GetByRole(AriaRole.Row).Filter(new() { HasText = project.Name })
            .Locator("a[data-task-id]", new() { HasText = "牵头部门汇总总体方案" }).ClickAsync();
        await lead.GetByLabel("总体方案").FillAsync("教育科技局建设平台，卫生健康局和天宁镇对接数据");
        await lead.GetByLabel("数据共享与业务协同要求").FillAsync("通过共享交换平台每日交换");
        await lead.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(lead.GetByTestId("flash")).ToHaveTextAsync("任务已提交");

        await Eventually.HoldsAsync(async () => (await arrange.OpenActivitiesAsync(project.Id)).SequenceEqual(["prepareApplication"]));
        await lead.GotoAsync("/");
        await Assertions.Expect(lead.GetByRole(AriaRole.Row).Filter(new() { HasText = project.Name })
            .Locator("a[data-task-id]", new() { HasText = "填报立项申请" })).ToHaveCountAsync(1);
        await Eventually.HoldsAsync(() => Task.FromResult(RecipientsOf("填报立项申请", project.Name).Length > 0));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(RecipientsOf("确认本单位分工", project.Name), Is.EquivalentTo(new[] { "dept-b", "lead-b", "town-a", "lead-town-a" }));
            Assert.That(RecipientsOf("牵头部门汇总总体方案", project.Name), Is.EquivalentTo(new[] { "dept-a", "lead-a" }));
            Assert.That(RecipientsOf("填报立项申请", project.Name), Is.EquivalentTo(new[] { "dept-a", "lead-a" }));
        }
    }

    /// <summary>The lead's tasks are the lead's: a co-builder neither completes nor claims them, and nobody completes a task twice.</summary>
    [Test]
    public async Task ShouldRefuseTheLeadsTaskToACoBuilderAndASecondCompletion()
    {
        var project = await arrange.StartCrossDepartmentProjectAsync("health", "tianning");
        var leadTask = await arrange.TaskAsync(project.Id, "leadConfirmsPart", "dept-a");
        using var coBuilder = await arrange.ClientForAsync("dept-b");

        var byCoBuilder = await coBuilder.PostAsJsonAsync($"/api/tasks/{leadTask}/complete", new { variables = new { leadPart = "改写牵头部门内容" } });
        var claimed = await coBuilder.PostAsync($"/api/tasks/{leadTask}/claim", null);
        var read = await coBuilder.GetAsync($"/api/tasks/{leadTask}");
        using var leadClient = await arrange.ClientForAsync("dept-a");
        await leadClient.PostAsJsonAsync($"/api/tasks/{leadTask}/complete", new { variables = new { leadPart = "建设教育数据平台" } }).EnsureSuccessAsync();
        var again = await leadClient.PostAsJsonAsync($"/api/tasks/{leadTask}/complete", new { variables = new { leadPart = "再次提交" } });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byCoBuilder.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(claimed.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        }
    }

    /// <summary>A department neither leading nor co-building sees nothing of the project, its tasks, documents or history.</summary>
    [Test]
    public async Task ShouldShowAnUninvolvedDepartmentNothingOfTheProjectNorLetItActOnItsTasks()
    {
        var project = await arrange.StartCrossDepartmentProjectAsync("health", "tianning");
        var coBuilderTask = await arrange.TaskAsync(project.Id, "coBuilderConfirmsPart", "dept-b");
        var leadTask = await arrange.TaskAsync(project.Id, "leadConfirmsPart", "dept-a");
        using var outsider = await OutsiderAsync();
        var document = (await (await arrange.ClientForAsync("dept-a")).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/projects/{project.Id}/documents"))
            .GetProperty("items")[0].GetProperty("id").GetGuid();

        var answers = new Dictionary<string, HttpStatusCode>
        {
            ["task"] = (await outsider.GetAsync($"/api/tasks/{coBuilderTask}")).StatusCode,
            ["claim"] = (await outsider.PostAsync($"/api/tasks/{leadTask}/claim", null)).StatusCode,
            ["complete"] = (await outsider.PostAsJsonAsync($"/api/tasks/{coBuilderTask}/complete",
                new { variables = new { coBuildingDecision = "decline", coBuildingPart = "冒名拒绝" } })).StatusCode,
            ["project"] = (await outsider.GetAsync($"/api/projects/{project.Id}")).StatusCode,
            ["history"] = (await outsider.GetAsync($"/api/projects/{project.Id}/history")).StatusCode,
            ["documents"] = (await outsider.GetAsync($"/api/projects/{project.Id}/documents")).StatusCode,
            ["document"] = (await outsider.GetAsync($"/api/projects/{project.Id}/documents/{document}")).StatusCode,
        };
        var inbox = await outsider.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/tasks?status=open&businessKey={project.Id}");

        Assert.That(answers.Where(answer => answer.Value is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound)), Is.Empty);
        Assert.That(inbox.GetProperty("items").GetArrayLength(), Is.Zero);
        Assert.That(await arrange.OpenActivitiesAsync(project.Id), Is.EqualTo(new[] { "coBuilderConfirmsPart", "coBuilderConfirmsPart", "leadConfirmsPart" }));
    }

    /// <summary>A co-builder confirms its own part; the application and its documents stay the lead's (art. 8).</summary>
    [Test]
    public async Task ShouldNotLetACoBuilderReviseTheApplicationOrFileItsDocuments()
    {
        var project = await arrange.StartCrossDepartmentProjectAsync("health", "tianning");
        await arrange.CompleteAsync(project.Id, "leadConfirmsPart", "dept-a", new { leadPart = "建设教育数据平台" });
        await arrange.CompleteAsync(project.Id, "coBuilderConfirmsPart", "town-a", new { coBuildingDecision = "decline", coBuildingPart = "本镇无相关业务" });
        await arrange.CompleteAsync(project.Id, "coBuilderConfirmsPart", "dept-b", new { coBuildingDecision = "confirm", coBuildingPart = "提供数据接口" });
        await Eventually.HoldsAsync(async () => (await arrange.OpenActivitiesAsync(project.Id)).SequenceEqual(["revisePlan"]));
        using var coBuilder = await arrange.ClientForAsync("dept-b");
        var application = (await (await arrange.ClientForAsync("dept-a")).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/projects/{project.Id}"))
            .GetProperty("application");

        var revised = await coBuilder.PutAsJsonAsync($"/api/projects/{project.Id}", application);
        var uploaded = await coBuilder.PostAsync($"/api/projects/{project.Id}/documents",
            MultipartBodies.File("Proposal.pdf", "%PDF 冒名"u8.ToArray(), ("kind", "Proposal")));

        Assert.That((revised.StatusCode, uploaded.StatusCode), Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)));
    }

    /// <summary>
    /// Arts. 8, 30: on its own task and on the project it reaches from there, a co-builder is offered nothing the server refuses
    /// it (the lead's uploads, the lead's revision task, the lead's systems) and no reviewer's note on the lead's assessment.
    /// </summary>
    [Test]
    public async Task ShouldShowACoBuilderNeitherTheLeadsFormsNorTheLeadsAssessmentOnItsTaskAndProject()
    {
        using (var bureau = await arrange.ClientForAsync("bureau"))
        {
            await bureau.PutAsJsonAsync($"/api/evaluations/department-assessments/{DateTime.UtcNow.Year - 1}/{ConstructionArrangement.Lead}",
                new { grade = "Fail", score = 40m, remarks = "共享数据未按期接入" }).EnsureSuccessAsync();
        }

        var project = await arrange.StartCrossDepartmentProjectAsync("health", "tianning");
        await arrange.CompleteAsync(project.Id, "leadConfirmsPart", "dept-a", new { leadPart = "建设教育数据平台" });
        await arrange.CompleteAsync(project.Id, "coBuilderConfirmsPart", "town-a", new { coBuildingDecision = "decline", coBuildingPart = "本镇无相关业务" });
        var health = await SignInAsync("dept-b");
        var refused = new List<string>();
        health.Response += (_, response) =>
        {
            if (response.Status >= 400)
                refused.Add($"{response.Status} {response.Url}");
        };

        await health.GetByRole(AriaRole.Row).Filter(new() { HasText = project.Name })
            .Locator("a[data-task-id]", new() { HasText = "确认本单位分工" }).ClickAsync();
        await Assertions.Expect(health.GetByTestId("task-form")).ToContainTextAsync("是否承担本单位分工");
        await Assertions.Expect(health.Locator("#task-attachments")).ToBeVisibleAsync();
        await Assertions.Expect(health.GetByTestId("prior-assessment")).ToHaveCountAsync(0);
        await health.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "co-builder-task.png"), FullPage = true });
        await health.GetByLabel("确认承担").CheckAsync();
        await health.GetByLabel(CoBuilderPart).FillAsync("提供卫生健康数据接口");
        await health.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(health.GetByTestId("flash")).ToHaveTextAsync("任务已提交");
        await Eventually.HoldsAsync(async () => (await arrange.OpenActivitiesAsync(project.Id)).SequenceEqual(["revisePlan"]));

        await health.GotoAsync($"/projects/{project.Id}");
        await Assertions.Expect(health.GetByTestId("revision")).ToBeVisibleAsync();
        await Assertions.Expect(health.GetByTestId("documents")).ToContainTextAsync("Proposal.pdf");
        await health.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await health.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "co-builder-project.png"), FullPage = true });
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await health.GetByTestId("revision").GetByRole(AriaRole.Link).CountAsync(), Is.Zero, "the lead's revision task");
            Assert.That(await health.GetByRole(AriaRole.Button, new() { Name = "上传", Exact = true }).CountAsync(), Is.Zero, "the lead's document upload");
            Assert.That(await health.GetByTestId("prior-assessment").CountAsync(), Is.Zero, "the lead's assessment");
            Assert.That(await health.GetByTestId("project-systems").CountAsync(), Is.Zero, "the lead's systems");
            Assert.That(await health.GetByText("无权访问").CountAsync(), Is.Zero, "a refusal on the page");
            Assert.That(refused, Is.Empty, "requests the server refused");
        }

        var lead = await SignInAsync("dept-a");
        await lead.GotoAsync($"/projects/{project.Id}");
        await Assertions.Expect(lead.GetByTestId("revision").GetByRole(AriaRole.Link, new() { Name = "打开修改任务" })).ToBeVisibleAsync();
        await Assertions.Expect(lead.GetByRole(AriaRole.Button, new() { Name = "上传", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(lead.GetByTestId("prior-assessment")).ToContainTextAsync("不合格");
        await Assertions.Expect(lead.GetByTestId("project-systems")).ToBeVisibleAsync();
    }

    /// <summary>Arts. 6, 8: each co-builder answers for itself; its task opens blank, not with another co-builder's answer.</summary>
    [Test]
    public async Task ShouldOpenACoBuildersTaskBlankAfterAnotherCoBuilderAnswered()
    {
        var project = await arrange.StartCrossDepartmentProjectAsync("health", "tianning");
        await arrange.CompleteAsync(project.Id, "leadConfirmsPart", "dept-a", new { leadPart = "建设教育数据平台" });
        await arrange.CompleteAsync(project.Id, "coBuilderConfirmsPart", "town-a", new { coBuildingDecision = "decline", coBuildingPart = "本镇无相关业务" });
        using var coBuilder = await arrange.ClientForAsync("dept-b");
        var task = await arrange.TaskAsync(project.Id, "coBuilderConfirmsPart", "dept-b");

        var health = await SignInAsync("dept-b");
        await health.GotoAsync($"/tasks/{task}");
        await Assertions.Expect(health.GetByLabel(CoBuilderPart)).ToBeVisibleAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await health.GetByLabel(CoBuilderPart).InputValueAsync(), Is.Empty);
            Assert.That(await health.GetByLabel("拒绝（请写明理由）").IsCheckedAsync(), Is.False);
            Assert.That(await coBuilder.GetStringAsync($"/api/tasks/{task}"), Does.Not.Contain("本镇无相关业务"));
        }
    }

    /// <summary>A county department that takes no part in the project, with its own clerk.</summary>
    private async Task<HttpClient> OutsiderAsync()
    {
        using var bureau = await arrange.ClientForAsync("bureau");
        if (!(await bureau.GetAsync("/api/departments")).IsSuccessStatusCode || !(await bureau.GetStringAsync("/api/departments")).Contains("agriculture"))
        {
            await bureau.PostAsJsonAsync("/api/departments", new { code = "agriculture", name = "县农业农村局", kind = "CountyDepartment" }).EnsureSuccessAsync();
            await bureau.PostAsJsonAsync("/api/admin/users", new
            {
                userName = "dept-c", displayName = "农业农村局经办人", departmentCode = "agriculture", password = "Outsider#2026x", roles = new[] { "department" },
            }).EnsureSuccessAsync();
        }

        var client = App.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = "dept-c", password = "Outsider#2026x" }).EnsureSuccessAsync();
        var token = (await login.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task DecideFromInboxAsync(IPage page, string projectName, string decision, string part)
    {
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = projectName });
        await row.Locator("a[data-task-id]", new() { HasText = "确认本单位分工" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("task-project")).ToHaveTextAsync(projectName);
        await page.GetByLabel(decision).CheckAsync();
        await page.GetByLabel(CoBuilderPart).FillAsync(part);
        await page.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(page.GetByTestId("flash")).ToHaveTextAsync("任务已提交");
    }

    /// <summary>Who got the new-task mail of <paramref name="taskName"/>, which names the project it is about.</summary>
    private string[] RecipientsOf(string taskName, string projectName) =>
        [.. arrange.Mails().Where(mail => mail.Subject == $"【待办】{projectName}：{taskName}").SelectMany(mail => mail.To).Distinct()];
}
