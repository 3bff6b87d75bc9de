using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>Issue 13: the bureau admin opens 运维 → 流程实例, filters the instances, opens one, cancels it with a reason
/// after confirming, and sees it cancelled with who cancelled it and why.</summary>
public sealed class InstanceListJourneyTests : BrowserFixture
{
    [OneTimeSetUp]
    public Task PublishAsync() => PublishHostTestProcessAsync();

    [TestCase(1280)]
    [TestCase(375)]
    public async Task ShouldFilterOpenAndCancelAnInstanceWithAReason(int width)
    {
        using var clerk = await ApiClientAsync("dept-a");
        var businessKey = $"IL-{Guid.NewGuid():N}"[..16];
        var started = await clerk.PostAsJsonAsync("/api/instances", new { definitionKey = "host-test", businessKey, variables = new { } }).EnsureSuccessAsync();
        var instanceId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
        var page = await SignInAsync("bureau");
        await page.SetViewportSizeAsync(width, 900);

        if (width < 640)
        {
            await page.GotoAsync("/operations");
        }
        else
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "运维" }).ClickAsync();
        }

        await page.GetByTestId("open-instances").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "流程实例" })).ToBeVisibleAsync();
        await ChooseAsync(page.GetByTestId("filter-definition"), "host-test");
        await ChooseAsync(page.GetByTestId("filter-version"), "v1（运行中");
        await page.GetByTestId("filter-business-key").FillAsync(businessKey);
        await page.RunAndWaitForResponseAsync(
            () => page.GetByTestId("filter-search").ClickAsync(),
            response => response.Url.Contains("/api/instances/page") && response.Url.Contains(businessKey));
        await Assertions.Expect(page.GetByTestId("instance-total")).ToHaveTextAsync("共 1 个实例");
        var row = page.GetByTestId("instance-list").GetByRole(AriaRole.Row).Filter(new() { HasText = businessKey });
        await Assertions.Expect(row).ToContainTextAsync("进行中");
        await Screenshot(page, $"instances-{width}");

        // The instance page reads its history a page at a time.
        await page.RunAndWaitForResponseAsync(() => row.GetByRole(AriaRole.Link).ClickAsync(),
            response => response.Url.Contains($"/api/instances/{instanceId}/history") && response.Ok);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/instances/{instanceId}$"));
        await page.GetByTestId("cancel-instance").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "取消流程实例" });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确认取消" }).ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("请填写取消原因");
        await dialog.Locator("input").FillAsync("重复申报，已并入另一项目");
        await Screenshot(page, $"cancel-dialog-{width}");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确认取消" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("instance-status")).ToHaveTextAsync("已取消");
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync("bureau 流程结束 已取消，原因：重复申报，已并入另一项目");
        await Assertions.Expect(page.GetByTestId("cancel-instance")).ToHaveCountAsync(0);
        await Screenshot(page, $"cancelled-{width}");
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "instances")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
