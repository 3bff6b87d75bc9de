using System.Text;
using Microsoft.Playwright;
using Workflows.Projects.Domain;

namespace Workflows.Host.Tests.Browser;

/// <summary>A department clerk registers a project through the 登记项目 form (arts. 8-12) and applies for it.</summary>
public sealed class ProjectRegistrationTests : BrowserFixture
{
    private static readonly string[] ApplicationDocuments = ["项目建议书", "可行性研究报告", "初步设计", "投资概算"];

    private NewProjectArrangement arrange = null!;

    [SetUp]
    public void CreateArrangement() => arrange = new NewProjectArrangement(App);

    [Test]
    public async Task ShouldLetAClerkRegisterAProjectThroughTheFormAndSubmitItsApplication()
    {
        var catalogue = await arrange.ListCatalogueEntriesAsync();
        var planEntry = await arrange.PublishedPlanEntryNameAsync();
        var code = NewCode();
        var page = await SignInAsync("dept-a");
        await page.GotoAsync("/projects");
        await page.GetByRole(AriaRole.Link, new() { Name = "登记项目" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登记项目" })).ToBeVisibleAsync();

        await FillApplicationAsync(page, code, catalogue, planEntry, yearAmount: "1200000");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记项目" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("flash")).ToHaveTextAsync("项目已登记，申报材料已上传。");
        await page.GetByTestId("start-new-project").ClickAsync();
        await page.GetByLabel("申请说明").FillAsync("申请升级智慧校园");
        await page.GetByLabel("联系人").FillAsync("王老师");
        await page.GetByLabel("联系电话").FillAsync("0358-1234567");
        await page.GetByTestId("submit-task").ClickAsync();

        await Assertions.Expect(page.GetByTestId("flash")).ToHaveTextAsync("任务已提交");
        await Eventually.HoldsAsync(async () => (await arrange.ProjectStateAsync(code)) is { Stage: ProjectStage.UnderReview, Documents: 4 });
    }

    [Test]
    public async Task ShouldLetAClerkDeclareANewDedicatedNetworkAndShowItOnTheProject()
    {
        var catalogue = await arrange.ListCatalogueEntriesAsync();
        var planEntry = await arrange.PublishedPlanEntryNameAsync();
        var code = NewCode();
        var page = await SignInAsync("dept-a");
        await page.GotoAsync("/projects/new");

        await FillApplicationAsync(page, code, catalogue, planEntry, yearAmount: "1200000");
        await page.GetByLabel("新建业务专网").CheckAsync();
        await Assertions.Expect(page.GetByTestId("dedicated-network-hint")).ToContainTextAsync("取得主管部门同意");
        await page.GetByTestId("dedicated-network-hint").ScreenshotAsync(new() { Path = "/tmp/network-declared-hint.png" });
        await page.GetByRole(AriaRole.Button, new() { Name = "登记项目" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("flash")).ToHaveTextAsync("项目已登记，申报材料已上传。");

        await Assertions.Expect(page.GetByTestId("application-dedicated-network")).ToHaveTextAsync("是");
        await Assertions.Expect(page.GetByTestId("start-dedicated-network-exception")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = "/tmp/network-declared-project.png", FullPage = true });
    }

    [Test]
    public async Task ShouldShowTheArticleEightViolationBesideTheBudgetsWhenTheYearsDoNotAddUp()
    {
        var catalogue = await arrange.ListCatalogueEntriesAsync();
        var planEntry = await arrange.PublishedPlanEntryNameAsync();
        var code = NewCode();
        var page = await SignInAsync("dept-a");
        await page.GotoAsync("/projects/new");

        await FillApplicationAsync(page, code, catalogue, planEntry, yearAmount: "800000");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记项目" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-problems='budgets']")).ToContainTextAsync("各年度预算之和须等于总预算（第八条）");
        Assert.That(await arrange.ProjectStateAsync(code), Is.Null);
    }

    [Test]
    public async Task ShouldRefuseAFileOfAForbiddenTypeBeforeAnythingIsSent()
    {
        var page = await SignInAsync("dept-a");
        await page.GotoAsync("/projects/new");

        var input = page.GetByLabel("项目建议书");
        await input.SetInputFilesAsync(new FilePayload { Name = "建议书.exe", MimeType = "application/octet-stream", Buffer = [1, 2, 3] });

        Assert.That(await input.EvaluateAsync<string>("input => input.validationMessage"), Does.Contain("类型不允许"));
    }

    private static string NewCode() => $"XM-{Guid.NewGuid():N}"[..15];

    private static async Task FillApplicationAsync(IPage page, string code, NewProjectArrangement.CatalogueEntries catalogue, string planEntry, string yearAmount)
    {
        await page.GetByLabel("项目编号").FillAsync(code);
        await page.GetByLabel("项目名称").FillAsync("智慧校园升级改造");
        await ChooseAsync(page.GetByLabel("项目类型"), "升级改造");
        await page.GetByLabel("建设内容").FillAsync("校园网络与教学平台升级");
        await ChooseAsync(page.GetByLabel("年度计划条目"), planEntry);
        await page.GetByLabel("总投资（元）").FillAsync("1200000");
        await page.GetByLabel("年度预算（元）").FillAsync(yearAmount);
        await page.GetByLabel(catalogue.SystemName).CheckAsync();
        await page.GetByLabel("数据来源").FillAsync("学籍系统");
        await page.GetByLabel("数据格式").FillAsync("JSON");
        await page.GetByLabel("更新频率").FillAsync("每日");
        await page.GetByLabel("共享方式与范围").FillAsync("通过共享交换平台共享");
        await page.GetByLabel("开放方式与范围").FillAsync("按目录开放");
        await ChooseAsync(page.GetByLabel("选用的云服务"), catalogue.CloudServiceCode);
        // A multiple select stays open after a pick; closed, its list covers no field below it.
        await page.Keyboard.PressAsync("Escape");
        await ChooseAsync(page.GetByLabel("网络安全等级保护级别"), "第二级");
        await page.GetByLabel("密码应用方案").FillAsync("采用SM4加密存储重要数据");
        foreach (var document in ApplicationDocuments)
        {
            await page.GetByLabel(document).SetInputFilesAsync(new FilePayload
            {
                Name = $"{document}.pdf", MimeType = "application/pdf", Buffer = Encoding.UTF8.GetBytes($"%PDF-1.7 {document}"),
            });
        }
    }
}
