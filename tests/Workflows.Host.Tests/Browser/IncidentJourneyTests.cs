using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Engine.Execution;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>Issue 13: the bureau admin finds the incident of a failed service task on 运维, sees who ran into it and who was
/// told, retries it once the cause is gone, and sees the instance move on to the next step.</summary>
public sealed class IncidentJourneyTests : BrowserFixture
{
    private readonly FlakyStepTask flaky = new();

    protected override void ConfigureHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<IServiceTaskHandler>(flaky));

    [Test]
    public async Task ShouldLetTheAdministratorFindAnIncidentRetryItAndSeeTheInstanceMoveOn()
    {
        var (instanceId, businessKey) = await StartFailingInstanceAsync();
        var page = await SignInAsync("bureau");

        await page.GetByRole(AriaRole.Link, new() { Name = "运维" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("open-incidents")).ToBeVisibleAsync();
        var row = page.GetByTestId("incident-list").GetByRole(AriaRole.Row).Filter(new() { HasText = businessKey });
        await Assertions.Expect(row).ToContainTextAsync("ledger service unavailable");
        await Assertions.Expect(row).ToContainTextAsync("record");
        await Assertions.Expect(row).ToContainTextAsync("dept-a");
        await Screenshot(page, "incident-open");
        flaky.Broken = false;
        await row.GetByRole(AriaRole.Button, new() { Name = "重试" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("incident-list").GetByRole(AriaRole.Row).Filter(new() { HasText = businessKey })).ToHaveCountAsync(0);
        await page.GotoAsync($"/instances/{instanceId}");
        await Assertions.Expect(page.GetByTestId("active-steps")).ToHaveTextAsync("review");
        await Assertions.Expect(page.GetByTestId("instance-incidents")).ToHaveCountAsync(0);
        await Screenshot(page, "instance-moved-on");
    }

    [Test]
    public async Task ShouldMarkTheFailedStepOnTheInstanceDiagram()
    {
        var (instanceId, _) = await StartFailingInstanceAsync();
        var page = await SignInAsync("bureau");

        await page.GotoAsync($"/instances/{instanceId}");

        await Assertions.Expect(page.GetByTestId("instance-incidents")).ToContainTextAsync("ledger service unavailable");
        await Assertions.Expect(page.Locator(".djs-element.wf-incident[data-element-id='record']")).ToHaveCountAsync(1);
        await Screenshot(page, "instance-incident");
    }

    [OneTimeSetUp]
    public async Task PublishIncidentProcessAsync()
    {
        using var bureau = await ApiClientAsync("bureau");
        var xml = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Assets", "incident-test.bpmn"));
        await bureau.PostAsync("/api/definitions/incident-test/drafts", new StringContent(xml, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/incident-test/versions/1/publish", null).EnsureSuccessAsync();
    }

    /// <summary>Starts the incident model as a clerk of dept-a while its service task is broken.</summary>
    private async Task<(Guid InstanceId, string BusinessKey)> StartFailingInstanceAsync()
    {
        flaky.Broken = true;
        using var clerk = await ApiClientAsync("dept-a");
        var businessKey = $"IT-{Guid.NewGuid():N}"[..16];
        var response = await clerk.PostAsJsonAsync("/api/instances", new { definitionKey = "incident-test", businessKey, variables = new { } }).EnsureSuccessAsync();
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid(), businessKey);
    }


    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "incidents")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
