using Microsoft.Playwright;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// Art. 7 on the 年度计划 page: a department clerk drafts an entry and submits the plan; the bureau then sees the entry
/// under review and the department's submission. Screenshots of both views are kept under TestResults/plans.
/// </summary>
public sealed class AnnualPlanJourneyTests : BrowserFixture
{
    [Test]
    public async Task ShouldLetTheClerkDraftAndSubmitAnEntryThatTheBureauThenSeesUnderReview()
    {
        var name = $"智慧校园一卡通 {Guid.NewGuid():N}"[..20];
        var clerk = await SignInAsync("dept-a");
        await clerk.GotoAsync("/plans");
        await Assertions.Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "年度计划", Level = 1 })).ToBeVisibleAsync();

        await clerk.GetByTestId("plan-new-entry").ClickAsync();
        var form = clerk.GetByTestId("plan-entry-form");
        await form.GetByLabel("项目名称").FillAsync(name);
        await form.GetByLabel("建设内容及必要性").FillAsync("全县中小学统一身份认证与校园消费结算");
        await form.GetByLabel("估算投资（元）").FillAsync("800000");
        await clerk.GetByTestId("plan-entry-save").ClickAsync();
        await Assertions.Expect(clerk.Locator(".el-message--success", new() { HasText = "计划条目已保存" })).ToBeVisibleAsync();
        var row = clerk.GetByTestId("plan-entries").GetByRole(AriaRole.Row, new() { Name = name });
        await Assertions.Expect(row).ToContainTextAsync("草稿");

        await clerk.GetByTestId("plan-submit").ClickAsync();
        await Assertions.Expect(clerk.Locator(".el-message--success", new() { HasText = "年度计划已报送主管部门审核" })).ToBeVisibleAsync();
        await Assertions.Expect(row).ToContainTextAsync("审核中");
        await ScreenshotAsync(clerk, "clerk");

        var bureau = await SignInAsync("bureau");
        await bureau.GotoAsync("/plans");
        var entry = bureau.GetByTestId("plan-entries").GetByRole(AriaRole.Row, new() { Name = name });
        await Assertions.Expect(entry).ToContainTextAsync("审核中");
        await Assertions.Expect(entry).ToContainTextAsync("800,000");
        await Assertions.Expect(bureau.GetByTestId("plan-departments")).ToContainTextAsync("审核中");
        await ScreenshotAsync(bureau, "bureau");
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "plans")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
