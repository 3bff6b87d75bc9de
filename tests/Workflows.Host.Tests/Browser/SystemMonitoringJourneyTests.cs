using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// Art. 36 on the project page: the clerk of the department that runs the system sees the working days left unchecked and
/// records the day's monitoring there; the bureau's dashboard lists the systems with unchecked working days. The screenshots are
/// kept under TestResults/monitoring.
/// </summary>
public sealed class SystemMonitoringJourneyTests : BrowserFixture
{
    [Test]
    public async Task ShouldLetTheClerkRecordTheDaysMonitoringFromTheSystemsPage()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ConfirmedTenDaysAgoAsync(project.Id);
        var page = await SignInAsync("dept-a");
        await page.GotoAsync($"/projects/{project.Id}");
        var monitoring = page.GetByTestId("system-monitoring");
        await Assertions.Expect(monitoring.GetByTestId("missing-days")).ToContainTextAsync("个工作日未记录日常监测");

        var form = monitoring.GetByTestId("new-monitoring-check");
        await form.GetByText("异常", new() { Exact = true }).ClickAsync();
        await form.GetByLabel("情况说明").FillAsync("CPU使用率持续偏高，已通知运维扩容");
        await form.GetByRole(AriaRole.Button, new() { Name = "记录日常监测" }).ClickAsync();

        var row = monitoring.GetByTestId("monitoring-checks").GetByRole(AriaRole.Row, new() { Name = "CPU使用率持续偏高" });
        await Assertions.Expect(row).ToContainTextAsync("异常");
        await Assertions.Expect(row).ToContainTextAsync("教育科技局经办人");
        await Assertions.Expect(row).Not.ToContainTextAsync("dept-a");
        await Assertions.Expect(monitoring.GetByTestId("last-check")).ToContainTextAsync("异常");
        await monitoring.ScrollIntoViewIfNeededAsync();
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "monitoring")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "clerk.png"), FullPage = true });
    }

    [Test]
    public async Task ShouldListTheSystemWithUncheckedDaysOnTheBureausDashboard()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        var name = await ConfirmedTenDaysAgoAsync(project.Id);
        var bureau = await SignInAsync("bureau");
        await bureau.GotoAsync("/dashboard");

        var row = bureau.GetByTestId("monitoring-gaps").GetByRole(AriaRole.Row, new() { Name = name });

        await Assertions.Expect(row).ToContainTextAsync("education");
        await Assertions.Expect(row).ToContainTextAsync("从未记录");
        await bureau.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await row.ScrollIntoViewIfNeededAsync();
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "monitoring")).FullName;
        await bureau.ScreenshotAsync(new() { Path = Path.Combine(folder, "bureau-dashboard.png"), FullPage = true });
    }

    /// <summary>The bureau confirmed the project's system ten days ago, so the working days since show as unchecked.</summary>
    private async Task<string> ConfirmedTenDaysAgoAsync(Guid projectId)
    {
        var details = await (await ApiClientAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/projects/{projectId}");
        var systemId = details.GetProperty("application").GetProperty("systemIds")[0].GetGuid();
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var system = await db.Set<InformationSystem>().SingleAsync(s => s.Id == systemId);
        system.ReviewedAt = DateTimeOffset.UtcNow.AddDays(-10);
        await db.SaveChangesAsync();
        return system.Name;
    }
}
