using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// The real host on a Kestrel port of the loopback interface (a browser cannot reach the in-memory
/// TestServer), a fresh SQLite database with the demo users, and one headless Chromium for the fixture.
/// </summary>
public abstract class BrowserFixture
{
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly List<string> policyViolations = [];
    private SqliteTestDatabase database = null!;
    private string dataFolder = null!;
    private TestApp? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    protected string BaseUrl { get; private set; } = "";

    protected TestApp App => app!;

    /// <summary>The pickup folder the host writes its mails to as .eml files.</summary>
    protected string MailFolder => Path.Combine(dataFolder, "mail");

    /// <summary>Settings and services of this fixture's host on top of the tests' defaults.</summary>
    protected virtual void ConfigureHost(IWebHostBuilder builder)
    {
    }

    [OneTimeSetUp]
    public async Task StartHostAndBrowserAsync()
    {
        BrowserPrerequisites.RequireChromium();
        database = new SqliteTestDatabase();
        dataFolder = Directory.CreateTempSubdirectory("workflows-browser-data-").FullName;
        app = new TestApp(database, dataFolder, configure: ConfigureHost);
        app.UseKestrel(0);
        app.StartServer();
        BrowserPrerequisites.RequireBundle(app.Services.GetRequiredService<IWebHostEnvironment>());
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        // Assertions wait as long as actions do: a shared CI machine may take seconds to answer the first queries.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserPrerequisites.ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    [OneTimeTearDown]
    public async Task StopHostAndBrowserAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await database.DisposeAsync();
        Directory.Delete(dataFolder, recursive: true);
    }

    /// <summary>The UI must work under the host's Content-Security-Policy: any blocked script, style or request fails the test.</summary>
    [TearDown]
    public void AssertNoContentSecurityPolicyViolation()
    {
        string[] violations;
        lock (policyViolations)
        {
            violations = [.. policyViolations];
            policyViolations.Clear();
        }

        Assert.That(violations, Is.Empty, "Content-Security-Policy violations");
    }

    /// <summary>A new browser session (own cookies) with a page at the sign-in screen.</summary>
    protected async Task<IPage> OpenBrowserAsync()
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "zh-CN" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (policyViolations)
                {
                    policyViolations.Add(message.Text);
                }
            }
        };
        await page.GotoAsync("/login");
        return page;
    }

    /// <summary>
    /// Picks an option of an Element Plus select (given by its labelled input or its root): opens the drop-down and
    /// clicks the visible option whose text contains <paramref name="option"/>, or is it when <paramref name="exact"/>.
    /// </summary>
    protected static async Task ChooseAsync(ILocator select, string option, bool exact = false)
    {
        var root = select.Locator("xpath=ancestor-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' el-select ')][1]");
        // A click that lands while the dropdown is still opening can be lost: choose again until the select shows the choice.
        for (var attempt = 1; ; attempt++)
        {
            await root.Locator(".el-select__wrapper").ClickAsync();
            var options = select.Page.Locator(".el-select-dropdown__item:visible");
            await (exact
                ? options.Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(option)}\\s*$") })
                : options.Filter(new() { HasText = option })).First.ClickAsync();
            try
            {
                await Assertions.Expect(root).ToContainTextAsync(option, new() { Timeout = 3000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                await select.Page.Keyboard.PressAsync("Escape");
            }
        }
    }

    /// <summary>An API client signed in as a demo user with a bearer token, to arrange what a page then shows.</summary>
    protected async Task<HttpClient> ApiClientAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = TestApp.DemoPassword }).EnsureSuccessAsync();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Publishes the tests' <c>host-test</c> process as the bureau, its form first (a process is published only
    /// with the forms it names).</summary>
    protected async Task PublishHostTestProcessAsync()
    {
        using var bureau = await ApiClientAsync("bureau");
        var form = await File.ReadAllTextAsync(Path.Combine(TestApp.TestDefinitionsPath, "forms", "host-test-fill.form"));
        await bureau.PostAsync("/api/forms/host-test-fill/drafts", new StringContent(form, Encoding.UTF8, "application/json")).EnsureSuccessAsync();
        await bureau.PostAsync("/api/forms/host-test-fill/versions/1/publish", null).EnsureSuccessAsync();
        var xml = await File.ReadAllTextAsync(TestApp.TestBpmnPath);
        await bureau.PostAsync("/api/definitions/host-test/drafts", new StringContent(xml, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/host-test/versions/1/publish", null).EnsureSuccessAsync();
    }

    /// <summary>Signs a demo user in through the sign-in page and waits for the inbox.</summary>
    protected async Task<IPage> SignInAsync(string userName)
    {
        var page = await OpenBrowserAsync();
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(TestApp.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "待办任务" })).ToBeVisibleAsync();
        return page;
    }
}
