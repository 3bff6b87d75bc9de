using System.Text.Json;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// The payments ledger on the project page (art. 13): finance records a payment request and disburses it; a project whose
/// funding is held (art. 25) is refused, with the article shown.
/// </summary>
public sealed class ProjectPaymentsTests : BrowserFixture
{
    [Test]
    public async Task ShouldLetFinanceRecordAPaymentRequestAndDisburseIt()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        var page = await SignInAsync("finance");
        await page.GotoAsync($"/projects/{project.Id}");
        var payments = page.GetByTestId("payments");

        await payments.GetByLabel("金额（元）").FillAsync("120000");
        await payments.GetByLabel("用途").FillAsync("首期建设资金");
        await payments.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Assertions.Expect(payments.GetByRole(AriaRole.Row, new() { Name = "首期建设资金" })).ToContainTextAsync("已申请");

        await payments.GetByRole(AriaRole.Row, new() { Name = "首期建设资金" }).GetByRole(AriaRole.Button, new() { Name = "拨付" }).ClickAsync();
        await page.Locator(".el-message-box").GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();

        await Assertions.Expect(payments.GetByRole(AriaRole.Row, new() { Name = "首期建设资金" })).ToContainTextAsync("已拨付");
        var ledger = await LedgerAsync(page, project.Id);
        Assert.That(ledger.GetProperty("disbursed").GetDecimal(), Is.EqualTo(120_000m));
    }

    [Test]
    public async Task ShouldRefuseAPaymentWhileTheFundingIsHeld()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        await ProjectSetup.HoldFundingAsync(App, project.Id, "验收报告逾期未备案");
        var page = await SignInAsync("finance");
        await page.GotoAsync($"/projects/{project.Id}");
        var payments = page.GetByTestId("payments");

        await Assertions.Expect(payments.GetByTestId("payments-blocked")).ToContainTextAsync("第二十五条");
        await payments.GetByLabel("金额（元）").FillAsync("120000");
        await payments.GetByLabel("用途").FillAsync("首期建设资金");
        await payments.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

        await Assertions.Expect(payments.GetByTestId("payment-error")).ToContainTextAsync("第二十五条");
        Assert.That((await LedgerAsync(page, project.Id)).GetProperty("entries").GetArrayLength(), Is.Zero);
    }

    // Read with the page's own session, as the UI reads it.
    private static async Task<JsonElement> LedgerAsync(IPage page, Guid projectId)
    {
        var response = await page.Context.APIRequest.GetAsync($"/api/projects/{projectId}/payments");
        Assert.That(response.Ok, Is.True, $"the ledger answered {response.Status}");
        return (await response.JsonAsync())!.Value;
    }
}
