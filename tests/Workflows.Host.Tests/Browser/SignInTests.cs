using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Workflows.Host.Tests.Browser;

public sealed class SignInTests : BrowserFixture
{
    [Test]
    public async Task ShouldShowTheErrorInlineWhenThePasswordIsWrong()
    {
        var page = await OpenBrowserAsync();
        await page.GetByLabel("用户名").FillAsync("dept-a");
        await page.GetByLabel("密码").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("login-error")).ToHaveTextAsync("用户名或密码错误");
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/login"));
    }

    [Test]
    public async Task ShouldOpenTheInboxWithTheUsersNameAfterSigningIn()
    {
        var page = await SignInAsync("dept-a");

        await Assertions.Expect(page.GetByTestId("current-user")).ToHaveTextAsync("教育科技局经办人");
    }

    [Test]
    public async Task ShouldRememberTheEnglishSwitchAcrossReloads()
    {
        var page = await SignInAsync("approval");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.ReloadAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inbox" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task ShouldMoveTheFocusToThePagesHeadingAndNameThePageInTheTitleAfterEachNavigation()
    {
        var page = await SignInAsync("dept-a");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "待办任务", Level = 1 })).ToBeFocusedAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "项目", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "项目", Level = 1, Exact = true })).ToBeFocusedAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^项目 - "));
    }

    [Test]
    public async Task ShouldHideTheDesignerFromAClerk()
    {
        var page = await SignInAsync("dept-a");

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "流程设计" })).ToHaveCountAsync(0);
    }
}
