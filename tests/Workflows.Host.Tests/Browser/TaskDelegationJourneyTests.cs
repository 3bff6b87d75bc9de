using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// The education department's leader (<c>lead-a</c>) hands a department task to a clerk: assigns it from the inbox,
/// delegates it from the task page, and gets it back when the clerk resolves it. Screenshots are kept under TestResults.
/// </summary>
public sealed class TaskDelegationJourneyTests : BrowserFixture
{
    [OneTimeSetUp]
    public async Task PublishTestProcessAsync()
    {
        await PublishHostTestProcessAsync();
    }

    [Test]
    public async Task ShouldLetTheLeaderAssignATaskFromTheInboxToAClerk()
    {
        var businessKey = await StartAsync();
        var page = await SignInAsync("lead-a");

        await page.GetByTestId("inbox-search").FillAsync(businessKey);
        await page.GetByTestId("inbox-search").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("inbox-table").Locator("a[data-task-id]")).ToHaveCountAsync(1);
        await page.GetByTestId("inbox-assign").ClickAsync();
        await ChooseAsync(page.GetByTestId("hand-over-member"), "dept-a");
        await Screenshot(page, "assign-dialog");
        await page.GetByTestId("hand-over-submit").ClickAsync();

        await Assertions.Expect(page.Locator(".el-message--success")).ToContainTextAsync("已将任务分派给 教育科技局经办人");
        var clerk = await SignInAsync("dept-a");
        await clerk.GetByTestId("inbox-search").FillAsync(businessKey);
        await clerk.GetByTestId("inbox-search").PressAsync("Enter");
        await Assertions.Expect(clerk.GetByTestId("inbox-table")).ToContainTextAsync("dept-a");
    }

    [Test]
    public async Task ShouldRefuseInTheDialogToAssignTheTaskToSomeoneOutsideTheGroup()
    {
        var businessKey = await StartAsync();
        var page = await SignInAsync("lead-a");
        await OpenTaskAsync(page, businessKey);

        await page.GetByTestId("assign-task").ClickAsync();
        await Assertions.Expect(page.GetByTestId("hand-over-dialog")).ToBeVisibleAsync();
        await page.GetByTestId("hand-over-member").ClickAsync();

        await Assertions.Expect(page.Locator(".el-select-dropdown__item:visible")).ToHaveTextAsync(["教育科技局经办人 (dept-a)", "教育科技局科长 (lead-a)"]);
    }

    [Test]
    public async Task ShouldDelegateTheTaskAndGetItBackWhenTheClerkResolvesIt()
    {
        var businessKey = await StartAsync();
        var leader = await SignInAsync("lead-a");
        await OpenTaskAsync(leader, businessKey);
        await leader.GetByRole(AriaRole.Button, new() { Name = "签收" }).ClickAsync();
        await Assertions.Expect(leader.GetByTestId("task-assignee")).ToHaveTextAsync("lead-a");

        await leader.GetByTestId("delegate-task").ClickAsync();
        await ChooseAsync(leader.GetByTestId("hand-over-member"), "dept-a");
        await leader.GetByTestId("hand-over-submit").ClickAsync();
        await Assertions.Expect(leader.Locator(".el-message--success", new() { HasText = "已将任务委派给 教育科技局经办人" })).ToBeVisibleAsync();
        await Assertions.Expect(leader.GetByTestId("delegation-note")).ToContainTextAsync("此任务已委派给 dept-a");
        await Assertions.Expect(leader.GetByTestId("submit-task")).ToBeDisabledAsync();
        await Screenshot(leader, "delegated-owner");

        var clerk = await SignInAsync("dept-a");
        await OpenTaskAsync(clerk, businessKey);
        await Assertions.Expect(clerk.GetByTestId("delegation-note")).ToContainTextAsync("lead-a 将此任务委派给您");
        await Assertions.Expect(clerk.GetByTestId("submit-task")).ToBeDisabledAsync();
        await Screenshot(clerk, "delegated-clerk");
        await clerk.GetByTestId("resolve-task").ClickAsync();
        await Assertions.Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "待办任务" })).ToBeVisibleAsync();
        await Assertions.Expect(clerk.GetByText("已办结委派，任务已交回 lead-a")).ToBeVisibleAsync();

        await leader.ReloadAsync();
        await Assertions.Expect(leader.GetByTestId("task-assignee")).ToHaveTextAsync("lead-a");
        await Assertions.Expect(leader.GetByTestId("delegation-note")).ToHaveCountAsync(0);
        await Assertions.Expect(leader.GetByTestId("submit-task")).ToBeEnabledAsync();
    }

    [Test]
    public async Task ShouldShowTheHandOverButtonsToTheLeaderOnly()
    {
        var businessKey = await StartAsync();
        var clerk = await SignInAsync("dept-a");
        await OpenTaskAsync(clerk, businessKey);

        await Assertions.Expect(clerk.GetByTestId("submit-task")).ToBeVisibleAsync();
        await Assertions.Expect(clerk.GetByTestId("assign-task")).ToHaveCountAsync(0);
        await Assertions.Expect(clerk.GetByTestId("delegate-task")).ToHaveCountAsync(0);
        await Assertions.Expect(clerk.GetByTestId("inbox-assign")).ToHaveCountAsync(0);
    }

    private static async Task OpenTaskAsync(IPage page, string businessKey)
    {
        await page.GotoAsync($"/inbox?search={businessKey}");
        await page.GetByTestId("inbox-table").Locator("a[data-task-id]").First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "部门填报", Level = 1 })).ToBeVisibleAsync();
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "delegation")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }

    private async Task<string> StartAsync()
    {
        var businessKey = $"DL{Guid.NewGuid():N}"[..14];
        await (await ApiClientAsync("dept-a")).PostAsJsonAsync("/api/instances", new { definitionKey = "host-test", businessKey, variables = new { } })
            .EnsureSuccessAsync();
        return businessKey;
    }


}
