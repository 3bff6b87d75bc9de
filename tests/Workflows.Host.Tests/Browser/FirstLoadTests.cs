using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// The first load of the UI: the sign-in and the inbox fetch neither the diagram library (bpmn-js) nor the form library
/// (form-js); and, on a cold cache with the CPU slowed four times (a county office's PC), how long the inbox, a task's
/// form and the designer take to show. The times are written to the test output, not asserted: the machine running the
/// tests is shared.
/// </summary>
public sealed class FirstLoadTests : BrowserFixture
{
    // The class of the bpmn.io logo each library draws: only their own code contains it.
    private const string DiagramLibrary = "bjs-powered-by";
    private const string FormLibrary = "fjs-powered-by";

    private NewProjectArrangement arrange = null!;

    [SetUp]
    public void CreateArrangement() => arrange = new NewProjectArrangement(App);

    [Test]
    public async Task ShouldLoadNeitherTheDiagramNorTheFormLibraryForTheSignInAndTheInbox()
    {
        var instanceId = await arrange.StartNewProjectAsync();
        var taskId = await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a");
        var page = await OpenBrowserAsync();
        var scripts = RecordScripts(page);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("用户名")).ToBeVisibleAsync();
        await page.GetByLabel("用户名").FillAsync("dept-a");
        await page.GetByLabel("密码").FillAsync(TestApp.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.Locator($"a[data-task-id='{taskId}']")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var loaded = await scripts.BodiesAsync();
        Assert.That(loaded, Is.Not.Empty);
        Assert.That(loaded.Where(script => script.Body.Contains(DiagramLibrary, StringComparison.Ordinal)).Select(script => script.Url), Is.Empty, "bpmn-js");
        Assert.That(loaded.Where(script => script.Body.Contains(FormLibrary, StringComparison.Ordinal)).Select(script => script.Url), Is.Empty, "form-js");

        // The task page does need them: the check above would see them if they were there.
        await page.GotoAsync($"/tasks/{taskId}");
        await Assertions.Expect(page.GetByTestId("task-form").Locator("textarea").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".djs-container")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var withTask = await scripts.BodiesAsync();
        Assert.That(withTask.Any(script => script.Body.Contains(FormLibrary, StringComparison.Ordinal)), Is.True);
        Assert.That(withTask.Any(script => script.Body.Contains(DiagramLibrary, StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public async Task ShouldAskForTheSignedInUserAndTheInboxsTasksBeforeTheInboxsCodeAndOnlyOnce()
    {
        var instanceId = await arrange.StartNewProjectAsync();
        var taskId = await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a");
        var clerk = await SignInAsync("dept-a");
        var requests = new List<string>();
        clerk.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(new Uri(request.Url).PathAndQuery);
            }
        };

        // As on a first visit: every script from the server, none from the cache.
        var session = await clerk.Context.NewCDPSessionAsync(clerk);
        await session.SendAsync("Network.enable");
        await session.SendAsync("Network.setCacheDisabled", new() { ["cacheDisabled"] = true });
        await clerk.ReloadAsync();
        await Assertions.Expect(clerk.Locator($"a[data-task-id='{taskId}']")).ToBeVisibleAsync();
        await clerk.WaitForLoadStateAsync(LoadState.NetworkIdle);

        string[] sent;
        lock (requests)
        {
            sent = [.. requests];
        }

        const string tasks = "/api/tasks?status=open&sort=due&skip=0&take=20";
        var code = Array.FindIndex(sent, path => path.StartsWith("/dist/chunks/TaskList-", StringComparison.Ordinal));
        Assert.That(code, Is.GreaterThan(0), string.Join("\n", sent));
        // Asked while the app's code still loads, and the page takes those answers instead of asking again.
        Assert.That(Array.IndexOf(sent, "/api/auth/me"), Is.InRange(0, code), string.Join("\n", sent));
        Assert.That(Array.IndexOf(sent, tasks), Is.InRange(0, code), string.Join("\n", sent));
        Assert.That(sent.Count(path => path == "/api/auth/me"), Is.EqualTo(1), string.Join("\n", sent));
        Assert.That(sent.Count(path => path == tasks), Is.EqualTo(1), string.Join("\n", sent));
    }

    [Test]
    public async Task ShouldAskForTheTaskPagesCodeAndStylesWithItsFirstAnswersNotAfterTheFramework()
    {
        var instanceId = await arrange.StartNewProjectAsync();
        var taskId = await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a");
        var clerk = await SignInAsync("dept-a");

        var sent = await RecordColdRequestsAsync(clerk, $"/tasks/{taskId}", "[data-testid='task-form'] textarea");

        // The page's chunk, the form library's chunk and their style sheets: each asked for once, by the first-answers script.
        string[] code = ["/dist/chunks/TaskDetail-", "/dist/chunks/form-js-", "/dist/assets/TaskDetail-", "/dist/assets/form-js-"];
        Assert.Multiple(() =>
        {
            foreach (var prefix in code)
            {
                var requests = sent.Where(request => request.Path.StartsWith(prefix, StringComparison.Ordinal)).ToList();
                Assert.That(requests, Has.Count.EqualTo(1), prefix);
                Assert.That(requests.Select(request => request.Initiator), Has.All.Contains("/dist/chunks/first-answers-"), prefix);
            }
        });
    }

    [Test]
    public async Task ShouldAskForTheInboxsCodeWithItsFirstAnswersNotAfterTheFramework()
    {
        var instanceId = await arrange.StartNewProjectAsync();
        var taskId = await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a");
        var clerk = await SignInAsync("dept-a");

        var sent = await RecordColdRequestsAsync(clerk, "/inbox", $"a[data-task-id='{taskId}']");

        var requests = sent.Where(request => request.Path.StartsWith("/dist/chunks/TaskList-", StringComparison.Ordinal)).ToList();
        Assert.That(requests, Has.Count.EqualTo(1));
        Assert.That(requests[0].Initiator, Does.Contain("/dist/chunks/first-answers-"));
    }

    [Test]
    public async Task ShouldShipTheDictionaryCompiledSoThePageCompilesNoMessage()
    {
        var page = await OpenBrowserAsync();
        var scripts = RecordScripts(page);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("用户名")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // The Chinese dictionary, which the sign-in page shows: each message a compiled message (an object), not its text.
        var dictionary = (await scripts.BodiesAsync()).Where(script => script.Body.Contains("\"app.title\":", StringComparison.Ordinal)).ToList();
        Assert.That(dictionary, Has.Count.EqualTo(1), string.Join("\n", dictionary.Select(script => script.Url)));
        Assert.That(dictionary[0].Body.Contains("\"app.title\":{", StringComparison.Ordinal), Is.True, $"{dictionary[0].Url} holds the messages' texts");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("政务信息化项目管理平台"));
    }

    [Test]
    public async Task ShouldDrawAFormsPlainMarkdownTextAsMarkedWouldWithoutMarked()
    {
        var instanceId = await arrange.StartNewProjectAsync();
        var taskId = await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a");
        var clerk = await SignInAsync("dept-a");
        await clerk.GotoAsync($"/tasks/{taskId}");
        var heading = clerk.GetByTestId("task-form").Locator(".fjs-form-field-text h3");
        await Assertions.Expect(heading).ToHaveTextAsync("立项申请");

        // The HTML marked gives for the text (gfm, breaks: the options form-js passes it), drawn without marked.
        const string markedHtml = "<h3>立项申请</h3>\n<p>请先在项目页上传项目建议书、可行性研究报告、初步设计和投资概算（第八条），填写数据共享方案（第九条），"
            + "并选择目录内的信息系统（第十条）和市级政务云服务（第十二条）。</p>\n";
        Assert.That(await heading.EvaluateAsync<string>("h3 => h3.parentElement.innerHTML"), Is.EqualTo(markedHtml));
        Assert.That(await clerk.EvaluateAsync<int>("() => performance.getEntriesByName('form text drawn by marked').length"), Is.Zero);
    }

    [Test]
    public async Task ShouldReportTheColdLoadTimesAtAFourfoldSlowerCpu()
    {
        var instanceId = await arrange.StartNewProjectAsync();
        var taskId = await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a");
        var clerk = await SignInAsync("dept-a");
        var inbox = await ColdLoadAsync(clerk, "/inbox", $"a[data-task-id='{taskId}']");
        var form = await ColdLoadAsync(clerk, $"/tasks/{taskId}", "[data-testid='task-form'] textarea");
        var diagram = await ColdLoadAsync(clerk, $"/tasks/{taskId}", ".djs-container [data-element-id='prepareApplication']");
        var bureau = await SignInAsync("bureau");
        var designer = await ColdLoadAsync(bureau, "/designer/new-project", ".djs-palette .entry");

        TestContext.Out.WriteLine($"cold load at 4x CPU slowdown: inbox visible {inbox} ms, task form visible {form} ms, "
            + $"task diagram drawn {diagram} ms, designer ready {designer} ms");
    }

    /// <summary>
    /// Milliseconds from the start of the navigation to <paramref name="path"/>, with an empty cache and the CPU slowed 4×,
    /// to the first frame in which the element <paramref name="shown"/> (a CSS selector) is visible, on the page's own clock.
    /// The page is checked at every animation frame: Playwright's expectations poll every 500 ms after the first few
    /// tries, which would round a load up by as much.
    /// </summary>
    private static async Task<long> ColdLoadAsync(IPage page, string path, string shown)
    {
        await page.GotoAsync("about:blank");
        var session = await page.Context.NewCDPSessionAsync(page);
        await session.SendAsync("Network.enable");
        await session.SendAsync("Network.clearBrowserCache");
        await session.SendAsync("Network.setCacheDisabled", new() { ["cacheDisabled"] = true });
        await session.SendAsync("Emulation.setCPUThrottlingRate", new() { ["rate"] = 4 });
        try
        {
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Commit });
            var visibleAt = await page.WaitForFunctionAsync(ShownAtScript, shown, new() { Timeout = 60_000 });
            await Assertions.Expect(page.Locator(shown).First).ToBeVisibleAsync();
            return (long)Math.Round(await visibleAt.JsonValueAsync<double>());
        }
        finally
        {
            await session.SendAsync("Emulation.setCPUThrottlingRate", new() { ["rate"] = 1 });
            await session.SendAsync("Network.setCacheDisabled", new() { ["cacheDisabled"] = false });
            await session.DetachAsync();
        }
    }

    /// <summary>
    /// The requests a cold load of <paramref name="path"/> sends until <paramref name="shown"/> is visible and the network
    /// is idle, each with the scripts on the stack that added the first link (a preload or a style sheet) to its URL;
    /// empty for a request no added link asked for. The browser names no script as the initiator of a module's preload.
    /// </summary>
    private static async Task<IReadOnlyList<(string Path, string Initiator)>> RecordColdRequestsAsync(IPage page, string path, string shown)
    {
        await page.GotoAsync("about:blank");
        await page.AddInitScriptAsync(RecordLinksScript);
        var paths = new List<string>();
        page.Request += (_, request) =>
        {
            lock (paths)
            {
                paths.Add(new Uri(request.Url).PathAndQuery);
            }
        };
        var session = await page.Context.NewCDPSessionAsync(page);
        await session.SendAsync("Network.enable");
        await session.SendAsync("Network.clearBrowserCache");
        await session.SendAsync("Network.setCacheDisabled", new() { ["cacheDisabled"] = true });
        try
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator(shown).First).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        finally
        {
            await session.SendAsync("Network.setCacheDisabled", new() { ["cacheDisabled"] = false });
            await session.DetachAsync();
        }

        var links = await page.EvaluateAsync<Dictionary<string, string>>("() => window.addedLinks");
        lock (paths)
        {
            return [.. paths.Select(sent => (sent, links.GetValueOrDefault(sent, "")))];
        }
    }

    // Keeps, by path, the stack of the script that first added a link element for it.
    private const string RecordLinksScript = """
        window.addedLinks = {};
        for (const method of ['appendChild', 'insertBefore']) {
            const original = Node.prototype[method];
            Node.prototype[method] = function (node, ...rest) {
                if (node instanceof HTMLLinkElement && node.href) {
                    const path = new URL(node.href).pathname;
                    window.addedLinks[path] ??= new Error().stack;
                }
                return original.call(this, node, ...rest);
            };
        }
        """;

    // The page's time (milliseconds since its navigation started) once the element has a box and is not hidden; false before.
    private const string ShownAtScript = """
        selector => {
            const element = document.querySelector(selector);
            if (!element) {
                return false;
            }
            const box = element.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility === 'visible' && performance.now();
        }
        """;

    /// <summary>The scripts the page fetches from now on; their bodies are fetched again by URL (each name is content-hashed, so the same).</summary>
    private static ScriptRecorder RecordScripts(IPage page)
    {
        var recorder = new ScriptRecorder(page.Context.APIRequest);
        page.Request += (_, request) =>
        {
            if (request.ResourceType == "script")
            {
                recorder.Add(request.Url);
            }
        };
        return recorder;
    }

    private sealed class ScriptRecorder(IAPIRequestContext http)
    {
        private readonly List<string> urls = [];

        public void Add(string url)
        {
            lock (urls)
            {
                urls.Add(url);
            }
        }

        public async Task<IReadOnlyList<(string Url, string Body)>> BodiesAsync()
        {
            string[] all;
            lock (urls)
            {
                all = [.. urls.Distinct()];
            }

            var bodies = new List<(string, string)>();
            foreach (var url in all)
            {
                bodies.Add((url, await (await http.GetAsync(url)).TextAsync()));
            }

            return bodies;
        }
    }
}
