using System.Net.Http.Json;
using System.Text.Json;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence;
using Workflows.Projects.Domain.Evaluation;
using Workflows.Projects.Projects.Commands.StartProjectProcess;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// Arts. 26, 27 on the dashboard: finance sees the key-project evaluation it opened waiting for it and the self-evaluations past
/// their due date; a department sees neither panel. Screenshots at 1280 and 375 px are kept under TestResults/evaluations.
/// </summary>
public sealed class FinanceEvaluationPanelTests : BrowserFixture
{
    [Test]
    public async Task ShouldShowFinanceItsPendingKeyProjectEvaluationAndTheOverdueSelfEvaluations()
    {
        var thisYear = DateTime.UtcNow.AddHours(8).Year;
        var key = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, key.Id, 450_000m);
        await (await ApiClientAsync("finance")).PostAsJsonAsync("/api/evaluations/key-projects",
            new { projectId = key.Id, year = thisYear, reason = "投资额大，社会关注度高" }).EnsureSuccessAsync();
        var late = await ProjectSetup.RegisterAsync(App, "education");
        await OpenOverdueSelfEvaluationAsync(late.Id, thisYear - 1);

        var page = await SignInAsync("finance");
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/dashboard");

        await Assertions.Expect(page.GetByTestId("pending-finance-evaluations").GetByRole(AriaRole.Row, new() { Name = key.Name }))
            .ToContainTextAsync("重点项目评价");
        await Assertions.Expect(page.GetByTestId("overdue-self-evaluations").GetByRole(AriaRole.Row, new() { Name = late.Name }))
            .ToContainTextAsync($"{thisYear - 1}");
        await ScreenshotAsync(page, "finance-1280");
        await page.SetViewportSizeAsync(375, 800);
        await ScreenshotAsync(page, "finance-375");
    }

    [Test]
    public async Task ShouldNotShowTheFinancePanelsToADepartment()
    {
        var page = await SignInAsync("dept-a");
        await page.GotoAsync("/dashboard");

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(page.GetByTestId("pending-finance-evaluations")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("overdue-self-evaluations")).ToHaveCountAsync(0);
    }

    /// <summary>The year's self-evaluation as the daily check opens it, with a due date already past.</summary>
    private async Task OpenOverdueSelfEvaluationAsync(Guid projectId, int budgetYear)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var started = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new StartProjectProcess(
            ProjectProcesses.PerformanceEvaluation, null, projectId, new Dictionary<string, JsonElement>
            {
                ["budgetYear"] = JsonSerializer.SerializeToElement(budgetYear),
                ["selfEvaluationDueAt"] = JsonSerializer.SerializeToElement(DateTimeOffset.UtcNow.AddDays(-3)),
            }, "test"));
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        db.Add(new SelfEvaluationOpening
        {
            Id = Guid.NewGuid(), ProjectId = projectId, BudgetYear = budgetYear, Disbursed = 10_000m, InstanceId = started.InstanceId,
            OpenedAt = DateTimeOffset.UtcNow.AddDays(-50),
        });
        await db.SaveChangesAsync();
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "evaluations")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
