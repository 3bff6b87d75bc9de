using Microsoft.Playwright;

namespace Workflows.Host.Tests.Browser;

public sealed class AdminUserTests : BrowserFixture
{
    private const string NewPassword = "Clerk-Password-2026!";

    [Test]
    public async Task ShouldListAUserCreatedInADepartmentWithTheirRole()
    {
        var page = await OpenAdminPageAsync();
        var form = page.GetByTestId("new-user");
        await form.GetByLabel("用户名").FillAsync("dept-a-2");
        await form.GetByLabel("姓名").FillAsync("教育科技局第二经办人");
        await ChooseAsync(form.GetByLabel("所属部门"), "(education)");
        await form.GetByLabel("密码").FillAsync(NewPassword);
        await ChooseAsync(form.GetByLabel("初始角色"), "县直部门");
        await form.GetByRole(AriaRole.Button, new() { Name = "新建用户" }).ClickAsync();

        var row = page.GetByTestId("users").Locator("tr:has([data-user='dept-a-2'])");
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("education");
        await Assertions.Expect(row.Locator(".chip[data-role='department']")).ToBeVisibleAsync();
    }

    [Test]
    public async Task ShouldShowTheServersProblemInlineWhenThePasswordIsTooWeak()
    {
        var page = await OpenAdminPageAsync();
        var form = page.GetByTestId("new-user");
        await form.GetByLabel("用户名").FillAsync("weak-password");
        await form.GetByLabel("姓名").FillAsync("弱密码用户");
        await form.GetByLabel("密码").FillAsync("1");
        await form.GetByRole(AriaRole.Button, new() { Name = "新建用户" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("new-user-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("users").Locator("tr:has([data-user='weak-password'])")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task ShouldListADepartmentRegisteredThroughTheForm()
    {
        var page = await OpenAdminPageAsync();
        var form = page.GetByTestId("new-department");
        await form.GetByLabel("部门编码").FillAsync("xinzhen");
        await form.GetByLabel("部门名称").FillAsync("新镇人民政府");
        await ChooseAsync(form.GetByLabel("类型"), "乡（镇）人民政府");
        await form.GetByRole(AriaRole.Button, new() { Name = "新建部门" }).ClickAsync();

        var row = page.GetByTestId("departments").Locator("tr", new() { HasText = "xinzhen" });
        await Assertions.Expect(row).ToContainTextAsync("乡（镇）人民政府");
    }

    private async Task<IPage> OpenAdminPageAsync()
    {
        var page = await SignInAsync("bureau");
        await page.GetByRole(AriaRole.Link, new() { Name = "管理", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("new-user")).ToBeVisibleAsync();
        return page;
    }
}
