using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// The decisions of the new-project reviews (arts. 8-14) that the main journey does not take, each taken in the browser by
/// the role that holds the task, from its inbox; the steps before the branch are arranged through the HTTP API.
/// </summary>
public sealed class NewProjectBranchJourneyTests : BrowserFixture
{
    private static readonly object AllFiveCriteria = new
    {
        needReasonable = true, intensiveConstruction = true, planFeasible = true, budgetReasonable = true, performanceTargetsReasonable = true,
    };

    private NewProjectArrangement arrange = null!;

    [SetUp]
    public void CreateArrangement() => arrange = new NewProjectArrangement(App);

    [Test]
    public async Task ShouldLetFinanceRefuseTheBudgetWithoutEnteringAnAmount()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        var instanceId = await ArrangeAtAsync(project.Id, "budgetApproval");
        var page = await OpenFromInboxAsync("finance", instanceId, "budgetApproval");
        await Assertions.Expect(page.GetByTestId("task-project")).ToHaveTextAsync(project.Name);

        await page.GetByLabel("不予批复").CheckAsync();
        await Assertions.Expect(page.GetByLabel("批复预算（元）")).ToHaveCountAsync(0);
        await page.GetByLabel("审批意见").FillAsync("财力不足，本年度不安排。");
        await page.GetByTestId("submit-task").ClickAsync();

        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("任务已提交");
        await Eventually.HoldsAsync(async () => (await arrange.ActiveActivitiesAsync(instanceId)).Count == 0);
        await page.GotoAsync($"/projects/{project.Id}");
        await Assertions.Expect(page.GetByTestId("project-stage")).ToHaveTextAsync("未通过");
        await Assertions.Expect(page.GetByText("预算审批：不通过")).ToBeVisibleAsync();
        // The bureau's review reads in the history with the five art. 11 criteria named in Chinese.
        await Assertions.Expect(page.GetByText("需求合理性：是；集约建设：是；方案可行性：是；预算合理性：是；绩效目标合理性：是")).ToBeVisibleAsync();
    }

    [Test]
    public async Task ShouldAskTheMajorBudgetReviewForAnAmountOnlyWhenItReducesTheBudget()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education", major: true);
        var instanceId = await ArrangeAtAsync(project.Id, "majorBudgetReview", major: true);
        var page = await OpenFromInboxAsync("finance", instanceId, "majorBudgetReview");

        await page.GetByLabel("通过（按申报总预算核定）").CheckAsync();
        await Assertions.Expect(page.GetByLabel("评审核定预算（元）")).ToHaveCountAsync(0);
        await page.GetByLabel("核减").CheckAsync();
        await page.GetByLabel("评审核定预算（元）").FillAsync("400000");
        await page.GetByLabel("评审意见").FillAsync("部分建设内容可利用已有平台，核减预算。");
        await page.GetByTestId("submit-task").ClickAsync();

        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("任务已提交");
        await WaitForAsync(instanceId, "budgetApproval");
        await page.GotoAsync($"/projects/{project.Id}");
        await Assertions.Expect(page.GetByText("重大项目预算评审：核减，核定预算 400000 元（第十四条）")).ToBeVisibleAsync();
    }

    [Test]
    public async Task ShouldShowTheReviewerWhoReturnedTheApplicationWhatTheDepartmentChanged()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        var instanceId = await ArrangeAtAsync(project.Id, "technicalReview");
        await CompleteAsync(instanceId, "technicalReview", "dgsc", new { technicalDecision = "return", technicalOpinion = "请补充移动端方案" });
        await ReviseScopeAsync(project.Id, "平台升级及移动端建设");
        await CompleteAsync(instanceId, "reviseApplication", "dept-a", new { revisionNote = "补充了移动端建设内容" });
        await WaitForAsync(instanceId, "technicalReview");

        var page = await OpenFromInboxAsync("dgsc", instanceId, "technicalReview");

        var form = page.GetByTestId("task-form");
        await Assertions.Expect(form.GetByLabel("申请人修改情况")).ToHaveValueAsync("修改建设内容：平台升级 → 平台升级及移动端建设");
        await Assertions.Expect(form.GetByLabel("修改说明")).ToHaveValueAsync("补充了移动端建设内容");
    }

    [Test]
    public async Task ShouldNotPrefillTheReturnOfTheLastRoundWhenTheRevisedApplicationComesBack()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        var instanceId = await ArrangeAtAsync(project.Id, "bureauReview");
        await CompleteAsync(instanceId, "bureauReview", "bureau", new { reviewDecision = "return", reviewOpinion = "绩效目标不明确" });
        await CompleteAsync(instanceId, "reviseApplication", "dept-a", new { revisionNote = "补充了绩效目标" });
        await WaitForAsync(instanceId, "bureauReview");

        var page = await OpenFromInboxAsync("bureau", instanceId, "bureauReview");

        var form = page.GetByTestId("task-form");
        await Assertions.Expect(form.GetByLabel("退回修改")).Not.ToBeCheckedAsync();
        await Assertions.Expect(form.GetByLabel("审查意见")).ToHaveValueAsync("");
        await Assertions.Expect(form.GetByLabel("申请人修改情况")).ToHaveValueAsync("未修改申请内容");
    }

    [Test]
    public async Task ShouldTakeATechnicalReturnToTheDepartmentAndItsRevisionBackToTheReviewerInTheBrowser()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        var instanceId = await ArrangeAtAsync(project.Id, "technicalReview");
        var reviewer = await OpenFromInboxAsync("dgsc", instanceId, "technicalReview");
        await reviewer.GetByLabel("退回修改").CheckAsync();
        await reviewer.GetByLabel("论证意见").FillAsync("请补充移动端建设方案");
        await reviewer.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(reviewer.GetByTestId("flash")).ToContainTextAsync("任务已提交");

        // The clerk finds the return in its inbox, with who returned it and why.
        var clerk = await OpenFromInboxAsync("dept-a", instanceId, "reviseApplication");
        var revisionTask = clerk.Url;
        await Assertions.Expect(clerk.GetByTestId("task-form")).ToContainTextAsync("请补充移动端建设方案");
        await Assertions.Expect(clerk.GetByTestId("task-form")).ToContainTextAsync("退回方： 技术审查（数字政府服务中心）");

        // It revises the application on the project page, reached from the task, and comes back to the task from there.
        await clerk.GetByTestId("task-project").ClickAsync();
        await clerk.GetByTestId("revise-application").ClickAsync();
        var revise = clerk.GetByTestId("revise-form");
        await revise.GetByLabel("建设内容").FillAsync("平台升级及移动端建设");
        await revise.GetByRole(AriaRole.Button, new() { Name = "保存修改" }).ClickAsync();
        await Assertions.Expect(clerk.Locator(".el-message")).ToContainTextAsync("申请已修改");
        await clerk.GetByTestId("revision").GetByRole(AriaRole.Link, new() { Name = "打开修改任务" }).ClickAsync();
        await Assertions.Expect(clerk).ToHaveURLAsync(revisionTask);
        await clerk.GetByLabel("修改说明").FillAsync("补充了移动端建设内容");
        await clerk.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(clerk.GetByTestId("flash")).ToContainTextAsync("任务已提交");

        // The same reviewer gets it back, with what changed.
        await WaitForAsync(instanceId, "technicalReview");
        var again = await OpenFromInboxAsync("dgsc", instanceId, "technicalReview");
        var form = again.GetByTestId("task-form");
        await Assertions.Expect(form.GetByLabel("申请人修改情况")).ToHaveValueAsync("修改建设内容：平台升级 → 平台升级及移动端建设");
        await Assertions.Expect(form.GetByLabel("修改说明")).ToHaveValueAsync("补充了移动端建设内容");
        await Assertions.Expect(form.GetByLabel("退回修改")).Not.ToBeCheckedAsync();
    }

    [Test]
    public async Task ShouldEndTheProjectWhenTheBureauRefusesItInTheBrowser()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        var instanceId = await ArrangeAtAsync(project.Id, "bureauReview");
        var page = await OpenFromInboxAsync("bureau", instanceId, "bureauReview");

        await page.GetByLabel("不予立项").CheckAsync();
        await page.GetByLabel("审查意见").FillAsync("与已建系统重复，不予立项。");
        await page.GetByTestId("submit-task").ClickAsync();

        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("任务已提交");
        await Eventually.HoldsAsync(async () => (await arrange.ActiveActivitiesAsync(instanceId)).Count == 0);
        await ExpectRefusedAsync(project.Id, "与已建系统重复，不予立项。", "政务信息管理局");
    }

    [Test]
    public async Task ShouldEndAProjectOutsideThePlanThatThePreReviewRefusesInTheBrowser()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education", inAnnualPlan: false);
        var instanceId = await ArrangeAtAsync(project.Id, "bureauPreReview");
        var page = await OpenFromInboxAsync("bureau", instanceId, "bureauPreReview");
        await Assertions.Expect(page.GetByTestId("task-form")).ToContainTextAsync("本项目未列入年度计划");

        await page.GetByLabel("不通过").CheckAsync();
        await page.GetByLabel("审查意见").FillAsync("不符合全县信息化规划，不予报批。");
        await page.GetByTestId("submit-task").ClickAsync();

        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("任务已提交");
        await Eventually.HoldsAsync(async () => (await arrange.ActiveActivitiesAsync(instanceId)).Count == 0);
        await ExpectRefusedAsync(project.Id, "不符合全县信息化规划，不予报批。", "政务信息管理局");
    }

    [Test]
    public async Task ShouldEndAProjectOutsideThePlanThatTheCountyGovernmentRefusesInTheBrowser()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education", inAnnualPlan: false);
        var instanceId = await ArrangeAtAsync(project.Id, "bureauPreReview");
        await CompleteAsync(instanceId, "bureauPreReview", "bureau", new { preReviewDecision = "approve", preReviewOpinion = "同意报县政府审批" });
        var page = await OpenFromInboxAsync("county", instanceId, "countyApproval");

        await page.GetByLabel("不批准").CheckAsync();
        await page.GetByLabel("审批意见").FillAsync("本年度财力不足，暂不批准。");
        await page.GetByTestId("submit-task").ClickAsync();

        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("任务已提交");
        await Eventually.HoldsAsync(async () => (await arrange.ActiveActivitiesAsync(instanceId)).Count == 0);
        await ExpectRefusedAsync(project.Id, "本年度财力不足，暂不批准。", "县人民政府");
    }

    /// <summary>The lead department's clerk sees on the project page that it was refused, why, and by whom (by name, not sign-in code).</summary>
    private async Task ExpectRefusedAsync(Guid projectId, string opinion, string reviewer)
    {
        var clerk = await SignInAsync("dept-a");
        await clerk.GotoAsync($"/projects/{projectId}");
        await Assertions.Expect(clerk.GetByTestId("project-stage")).ToHaveTextAsync("未通过");
        await Assertions.Expect(clerk.GetByText(opinion).First).ToBeVisibleAsync();
        var history = clerk.GetByTestId("history");
        var decision = history.Locator(".el-timeline-item", new() { HasText = opinion }).First;
        await Assertions.Expect(decision).ToContainTextAsync(reviewer);
        // The review's stage and decision read in Chinese (the summary names them), never as codes such as CountyApproval.
        await Assertions.Expect(decision).Not.ToContainTextAsync(new Regex("[A-Z][a-z]+[A-Z]"));
        await Assertions.Expect(history).Not.ToContainTextAsync("(new-project:");
        await Assertions.Expect(clerk.GetByTestId("revise-application")).ToHaveCountAsync(0);
    }

    /// <summary>Signs <paramref name="userName"/> in and opens the task of the instance at <paramref name="activityId"/> from the inbox.</summary>
    private async Task<IPage> OpenFromInboxAsync(string userName, Guid instanceId, string activityId)
    {
        var taskId = await arrange.OpenTaskAsync(instanceId, activityId, userName);
        var page = await SignInAsync(userName);
        await page.Locator($"a[data-task-id='{taskId}']").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("submit-task")).ToBeEnabledAsync();
        return page;
    }

    /// <summary>Starts the new-project process for the project and approves every step through the API until <paramref name="activityId"/> is open.</summary>
    private async Task<Guid> ArrangeAtAsync(Guid projectId, string activityId, bool major = false)
    {
        var instanceId = await arrange.StartNewProjectAsync(projectId);
        (string Activity, string User, object Variables)[] steps =
        [
            ("prepareApplication", "dept-a", new { applicationNote = "申请立项", contactPerson = "王老师", contactPhone = "0358-1234567" }),
            ("materialReview", "approval", new { materialDecision = "approve", annualPlanStatus = "in-plan", projectScale = major ? "major" : "ordinary", materialOpinion = "材料齐全" }),
            ("technicalReview", "dgsc", new { technicalDecision = "approve", technicalOpinion = "技术方案可行" }),
            ("bureauReview", "bureau", Merge(AllFiveCriteria, new { reviewDecision = "approve", reviewOpinion = "同意立项" })),
        ];
        // A project outside the annual plan goes from its application to the bureau's pre-review (art. 11).
        foreach (var (activity, user, variables) in activityId == "bureauPreReview" ? steps[..1] : steps)
        {
            await WaitForAsync(instanceId, activity);
            if (activity == activityId)
            {
                return instanceId;
            }

            await CompleteAsync(instanceId, activity, user, variables);
        }

        await WaitForAsync(instanceId, activityId);
        return instanceId;
    }

    private async Task CompleteAsync(Guid instanceId, string activityId, string userName, object variables)
    {
        await WaitForAsync(instanceId, activityId);
        await arrange.CompleteAsync(await arrange.OpenTaskAsync(instanceId, activityId, userName), userName, variables);
    }

    private async Task WaitForAsync(Guid instanceId, string activityId) =>
        await Eventually.HoldsAsync(async () => (await arrange.ActiveActivitiesAsync(instanceId)).Contains(activityId));

    /// <summary>The lead department changes the construction scope of its returned application (PUT /api/projects/{id}).</summary>
    private async Task ReviseScopeAsync(Guid projectId, string scope)
    {
        using var client = await ApiClientAsync("dept-a");
        var application = (await client.GetFromJsonAsync<JsonElement>($"/api/projects/{projectId}")).GetProperty("application");
        var revised = JsonSerializer.Deserialize<Dictionary<string, object?>>(application.GetRawText())!;
        revised["scope"] = scope;
        await client.PutAsJsonAsync($"/api/projects/{projectId}", revised).EnsureSuccessAsync();
    }

    private static Dictionary<string, object?> Merge(params object[] parts) =>
        parts.SelectMany(part => JsonSerializer.SerializeToElement(part).EnumerateObject())
            .ToDictionary(property => property.Name, property => (object?)property.Value);
}
