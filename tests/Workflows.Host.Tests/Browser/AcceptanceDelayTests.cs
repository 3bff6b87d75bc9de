using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Supervision.Deadlines;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// Art. 28 (无合理原因拖延不验收): the bureau finds on its dashboard the projects past their planned completion without
/// acceptance, and orders a rectification from there, prefilled for the project.
/// </summary>
public sealed class AcceptanceDelayTests : BrowserFixture
{
    [Test]
    public async Task ShouldLetTheBureauOrderARectificationOfADelayedAcceptanceFromTheDashboard()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m, ProjectStage.UnderConstruction);
        await LapsePlannedCompletionAsync(project.Id);
        var page = await SignInAsync("bureau");
        await page.GotoAsync("/dashboard");

        var row = page.GetByTestId("acceptance-delays").GetByRole(AriaRole.Row, new() { Name = project.Name });
        await row.GetByRole(AriaRole.Button, new() { Name = "下达整改通知" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "下达限期整改通知", Level = 1 })).ToBeVisibleAsync();
        await page.GotoAsync("/dashboard");
        await Assertions.Expect(page.GetByTestId("acceptance-delays").GetByRole(AriaRole.Row, new() { Name = project.Name }))
            .ToContainTextAsync("已下达整改通知");
    }

    [Test]
    public async Task ShouldNotShowTheDelayedAcceptancesToFinance()
    {
        var page = await SignInAsync("finance");
        await page.GotoAsync("/dashboard");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "项目看板", Level = 1 })).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(page.GetByTestId("acceptance-delays")).ToHaveCountAsync(0);
    }

    /// <summary>The planned completion ten days ago, and the daily check run as Hangfire runs it.</summary>
    private async Task LapsePlannedCompletionAsync(Guid projectId)
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            var project = await db.Set<Project>().SingleAsync(p => p.Id == projectId);
            project.PlannedCompletion = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10));
            await db.SaveChangesAsync();
        }

        await using var checkScope = App.Services.CreateAsyncScope();
        await checkScope.ServiceProvider.GetRequiredService<DelayedAcceptanceJob>().RunAsync(CancellationToken.None);
    }
}
