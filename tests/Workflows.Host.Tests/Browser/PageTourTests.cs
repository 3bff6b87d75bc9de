using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// The main pages, and a project's page, as the bureau opens them: each one is drawn (its heading shows), axe-core finds no serious or
/// critical accessibility violation on it, and the time from navigation to the heading is written to the test
/// output, with a screenshot of each page kept under TestResults.
/// </summary>
public sealed class PageTourTests : BrowserFixture
{
    private static readonly (string Path, string Heading)[] Pages =
    [
        ("/inbox", "待办任务"), ("/projects", "项目"), ("/projects/new", "登记项目"), ("/dashboard", "项目看板"),
        ("/designer", "流程设计"), ("/operations", "运维"), ("/admin", "管理"), ("/plans", "年度计划"),
    ];

    [Test]
    public async Task ShouldDrawEveryMainPageWithoutSeriousAccessibilityViolations()
    {
        // An approved project: its page shows the processes the bureau may start and the payments ledger.
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        var page = await SignInAsync("bureau");
        var axe = await File.ReadAllTextAsync(AxeScriptPath());
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "pages")).FullName;
        var violations = new List<string>();
        foreach (var (path, heading) in Pages.Append(($"/projects/{project.Id}", $"{project.Name} {project.Code}")))
        {
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(path);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true, Level = 1 })).ToBeVisibleAsync();
            TestContext.Out.WriteLine($"page load {path}: {clock.ElapsedMilliseconds} ms");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{path.Trim('/').Replace('/', '-')}.png"), FullPage = true });
            violations.AddRange((await SeriousViolationsAsync(page, axe)).Select(violation => $"{path}: {violation}"));
        }

        Assert.That(violations, Is.Empty);
    }

    private string AxeScriptPath() =>
        Path.Combine(App.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath, "..", "ClientApp", "node_modules", "axe-core", "axe.min.js");

    private static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page, string axe)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            // Evaluated by the test driver, not as an inline <script>: the host's CSP (script-src 'self') refuses those.
            await page.EvaluateAsync("() => {\n" + axe + "\n}");
        }

        var result = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)
            """);
        return [.. result.EnumerateArray().Select(item => item.GetString()!)];
    }
}
