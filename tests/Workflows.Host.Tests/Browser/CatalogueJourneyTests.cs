using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// Arts. 10 and 35 in the browser: a department proposes its system on the 政务信息系统目录 page and the bureau confirms it there;
/// the bureau's dashboard lists the systems not yet migrated to the municipal cloud, overdue ones flagged. Screenshots are kept
/// under TestResults/catalogue.
/// </summary>
public sealed class CatalogueJourneyTests : BrowserFixture
{
    [Test]
    public async Task ShouldLetTheBureauConfirmTheSystemADepartmentProposed()
    {
        var name = $"智慧食堂监管系统{Guid.NewGuid():N}"[..14];
        var clerk = await SignInAsync("dept-a");
        await clerk.GotoAsync("/catalogue");
        await clerk.GetByTestId("catalogue-propose").ClickAsync();
        var form = clerk.GetByTestId("catalogue-entry-form");
        await form.GetByLabel("系统名称").FillAsync(name);
        await form.GetByLabel("数据资源").FillAsync("学校食堂采购与留样数据");
        await clerk.GetByTestId("catalogue-entry-save").ClickAsync();
        await Assertions.Expect(clerk.GetByTestId("catalogue-entries").GetByRole(AriaRole.Row, new() { Name = name })).ToContainTextAsync("待确认");

        var bureau = await SignInAsync("bureau");
        await bureau.GotoAsync("/catalogue");
        var row = bureau.GetByTestId("catalogue-entries").GetByRole(AriaRole.Row, new() { Name = name });
        await row.GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();

        await Assertions.Expect(bureau.Locator(".el-message--success", new() { HasText = $"《{name}》已确认列入目录" })).ToBeVisibleAsync();
        await Assertions.Expect(row).ToContainTextAsync("已确认");
        await Assertions.Expect(row.GetByRole(AriaRole.Button, new() { Name = "安排迁移上云" })).ToBeVisibleAsync();
        await ScreenshotAsync(bureau, "catalogue");
    }

    [Test]
    public async Task ShouldListTheSystemsNotMigratedOnTheBureausDashboardWithTheOverdueFlagged()
    {
        var name = await ListOverdueSystemAsync();
        var bureau = await SignInAsync("bureau");
        await bureau.GotoAsync("/dashboard");

        var row = bureau.GetByTestId("unmigrated-systems").GetByRole(AriaRole.Row, new() { Name = name });

        await Assertions.Expect(row).ToContainTextAsync("已逾期");
        await Assertions.Expect(row).ToContainTextAsync("县教育科技局");
        await bureau.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await ScreenshotAsync(bureau, "dashboard");
    }

    /// <summary>A confirmed system of the education department whose migration to the municipal cloud was due last month.</summary>
    private async Task<string> ListOverdueSystemAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var system = new InformationSystem
        {
            Id = Guid.NewGuid(), DepartmentCode = "education", Name = $"教育考试系统{Guid.NewGuid():N}"[..12], Status = SystemStatus.Running,
            DataResources = "考试报名数据", ListedAt = DateTimeOffset.UtcNow, EntryStatus = CatalogueEntryStatus.Confirmed, ReviewedAt = DateTimeOffset.UtcNow,
            MigrationDueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-1),
        };
        db.Add(system);
        await db.SaveChangesAsync();
        return system.Name;
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "catalogue")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
