using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// The main pages as a department clerk and the bureau open them, in both languages, on a desktop (1280 px) and on a
/// phone (375 px): each one is drawn (its heading shows and names the document), it reflows without sideways scrolling
/// (WCAG 1.4.10), and axe-core finds no serious or critical accessibility violation on it. The time from navigation to
/// the heading is written to the test output, and a screenshot of each page is kept under TestResults.
/// </summary>
public sealed class PageTourTests : BrowserFixture
{
    private static readonly (string Path, string Chinese, string English)[] BureauPages =
    [
        ("/projects/new", "登记项目", "Register a project"), ("/dashboard", "项目看板", "Bureau dashboard"),
        ("/designer", "流程设计", "Process designer"), ("/operations", "运维", "Operations"), ("/admin", "管理", "Administration"),
        ("/plans", "年度计划", "Annual plan"), ("/instances", "流程实例", "Instances"),
        ("/catalogue", "政务信息系统目录", "Catalogue of government information systems"),
    ];

    private static readonly (string Path, string Chinese, string English)[] ClerkPages =
    [
        ("/inbox", "待办任务", "Inbox"), ("/projects", "项目", "Projects"), ("/plans", "年度计划", "Annual plan"),
    ];

    private string axe = "";
    private ProjectSetup.RegisteredProject approvedProject = null!;
    private Guid applicationTask;
    private Guid applicationProject;

    [OneTimeSetUp]
    public async Task ArrangeProjectsAndTaskAsync()
    {
        axe = await File.ReadAllTextAsync(Path.Combine(
            App.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath, "..", "ClientApp", "node_modules", "axe-core", "axe.min.js"));

        // An approved project: its page shows the processes the bureau may start, the payments ledger and the history with
        // the documents' SHA-256 digests.
        approvedProject = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, approvedProject.Id, 500_000m);

        // A clerk's open application task: the inbox has a row, the task page its form, comments and attachments.
        var arrange = new NewProjectArrangement(App);
        applicationProject = await arrange.RegisterCompleteProjectAsync();
        var instanceId = await arrange.StartNewProjectAsync(applicationProject);
        applicationTask = await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a");
    }

    [TestCase("zh-CN", 1280)]
    [TestCase("zh-CN", 375)]
    [TestCase("en", 1280)]
    [TestCase("en", 375)]
    public async Task ShouldDrawEveryMainPageAccessiblyWithoutSidewaysScrolling(string language, int width)
    {
        var english = language == "en";
        var findings = new List<string>();

        var signIn = await OpenBrowserAsync();
        await UseAsync(signIn, language, width);
        await VisitAsync(signIn, "/login", english ? "Government IT Project Platform" : "政务信息化项目管理平台", findings, english ? "Sign in" : "登录");

        var clerk = await SignInAsync("dept-a");
        await UseAsync(clerk, language, width);
        foreach (var (path, chinese, englishHeading) in ClerkPages)
        {
            await VisitAsync(clerk, path, english ? englishHeading : chinese, findings);
        }

        // On a phone the inbox lists its tasks as cards (the table's columns do not fit) and the header folds into a menu.
        await clerk.GotoAsync("/inbox");
        var tasks = clerk.GetByTestId(width < 640 ? "inbox-cards" : "inbox-table").Locator($"a[data-task-id='{applicationTask}']");
        await Assertions.Expect(tasks).ToBeVisibleAsync();
        await CheckHeaderAsync(clerk, english, width, findings);

        await VisitAsync(clerk, $"/tasks/{applicationTask}", english ? "Fill in the project application" : "填报立项申请", findings);
        await VisitAsync(clerk, $"/projects/{applicationProject}", "智慧校园升级改造", findings);

        var bureau = await SignInAsync("bureau");
        await UseAsync(bureau, language, width);
        foreach (var (path, chinese, englishHeading) in BureauPages)
        {
            await VisitAsync(bureau, path, english ? englishHeading : chinese, findings);
        }

        await VisitAsync(bureau, $"/projects/{approvedProject.Id}", $"{approvedProject.Name} {approvedProject.Code}", findings);

        Assert.That(findings, Is.Empty);
    }

    /// <summary>The language (remembered by the UI in local storage) and the viewport width of the next pages.</summary>
    private static async Task UseAsync(IPage page, string language, int width)
    {
        await page.Context.AddInitScriptAsync($"localStorage.setItem('workflows.language', '{language}')");
        await page.SetViewportSizeAsync(width, 800);
    }

    private static async Task CheckHeaderAsync(IPage page, bool english, int width, List<string> findings)
    {
        // The clerk's Chinese name on an English page carries its own language, as do the Chinese project names.
        var user = page.GetByTestId("current-user");
        if (english && await user.GetAttributeAsync("lang") != "zh-CN")
        {
            findings.Add($"{width} px: the Chinese user name on an English page has no lang=zh-CN");
        }

        if (english && await page.GetByTestId(width < 640 ? "inbox-cards" : "inbox-table").GetByRole(AriaRole.Link, new() { Name = "智慧校园升级改造" }).GetAttributeAsync("lang") != "zh-CN")
        {
            findings.Add($"{width} px: the Chinese project name on an English page has no lang=zh-CN");
        }

        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = english ? "Main navigation" : "主导航" });
        var projects = navigation.GetByRole(AriaRole.Link, new() { Name = english ? "Projects" : "项目", Exact = true });
        if (width >= 640)
        {
            await Assertions.Expect(projects).ToBeVisibleAsync();
            return;
        }

        var header = await page.Locator("header.app-header").BoundingBoxAsync();
        if (header!.Height > 80)
        {
            findings.Add($"{width} px: the header is {header.Height} px tall instead of one line with a menu");
        }

        var menu = page.GetByRole(AriaRole.Button, new() { Name = english ? "Menu" : "菜单" });
        await Assertions.Expect(projects).ToBeHiddenAsync();
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await menu.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await projects.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = english ? "Projects" : "项目", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(projects).ToBeHiddenAsync();
    }

    private async Task VisitAsync(IPage page, string path, string heading, List<string> findings, string? documentTitle = null)
    {
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(path);
        var title = page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 });
        await Assertions.Expect(title).ToBeVisibleAsync();
        TestContext.Out.WriteLine($"page load {path}: {clock.ElapsedMilliseconds} ms");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var viewport = page.ViewportSize!.Width;
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "pages")).FullName;
        var name = $"{await page.EvaluateAsync<string>("() => document.documentElement.lang")}-{viewport}-{path.Trim('/').Replace('/', '-')}";
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });

        // WCAG 1.4.10: nothing wider than the screen, so a phone never scrolls sideways.
        var documentWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (documentWidth > viewport)
        {
            var widest = await page.EvaluateAsync<string>(WidestElementScript, viewport);
            findings.Add($"{name}: {documentWidth} px wide on a {viewport} px screen ({widest})");
        }

        // The document title names the page: its heading (the task's, the project's name), or the sign-in.
        var expectedTitle = documentTitle ?? string.Join(' ', (await title.InnerTextAsync()).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        var actualTitle = await page.TitleAsync();
        if (!actualTitle.StartsWith(expectedTitle, StringComparison.Ordinal))
        {
            findings.Add($"{name}: the document title '{actualTitle}' does not name the page '{expectedTitle}'");
        }

        // A control named by aria-label says what it shows (WCAG 2.5.3), and every aria-describedby names elements that exist.
        findings.AddRange((await page.EvaluateAsync<string[]>(NamingScript)).Select(problem => $"{name}: {problem}"));

        // No column header is cut off: its text fits its cell.
        findings.AddRange((await page.EvaluateAsync<string[]>(ClippedHeaderScript)).Select(header => $"{name}: the column header '{header}' is clipped"));

        findings.AddRange((await SeriousViolationsAsync(page)).Select(violation => $"{name}: {violation}"));
    }

    // The deepest elements reaching past the right edge outside any scrolling or clipping box, named by tag and class, to say what to fix.
    private const string WidestElementScript = """
        viewport => {
            const clipped = e => {
                for (let parent = e.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
                    if (getComputedStyle(parent).overflowX !== 'visible') return true;
                }
                return false;
            };
            const past = e => e.getBoundingClientRect().right > viewport + 1 && !clipped(e);
            return [...document.querySelectorAll('body *')]
                .filter(e => past(e) && ![...e.children].some(past))
                .slice(0, 4)
                .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)} px`)
                .join(', ');
        }
        """;

    private const string NamingScript = """
        () => [
            ...[...document.querySelectorAll('button[aria-label], a[aria-label], [role=button][aria-label]')]
                .filter(e => e.offsetParent !== null && e.innerText.trim() !== '' && !e.getAttribute('aria-label').includes(e.innerText.trim()))
                .map(e => `the control '${e.innerText.trim()}' is named '${e.getAttribute('aria-label')}'`),
            ...[...document.querySelectorAll('[aria-describedby]')]
                .flatMap(e => e.getAttribute('aria-describedby').split(/\s+/).filter(id => id && !document.getElementById(id)))
                .map(id => `aria-describedby names '${id}', which does not exist`),
        ]
        """;

    private const string ClippedHeaderScript = """
        () => [...document.querySelectorAll('th .cell')]
            .filter(cell => cell.offsetParent !== null && (cell.scrollWidth > cell.clientWidth + 1 || cell.scrollHeight > cell.clientHeight + 1))
            .map(cell => cell.textContent.trim())
        """;

    private async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
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
