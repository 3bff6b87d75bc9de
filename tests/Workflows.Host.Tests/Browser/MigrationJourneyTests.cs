using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>Issue 13: the bureau admin publishes a changed version of a process, migrates a running instance to it on
/// 迁移实例, opens the instance on the new version and completes its task, which moves on along the new version.</summary>
public sealed class MigrationJourneyTests : BrowserFixture
{
    private const string Key = "migration-test";

    [Test]
    public async Task ShouldMigrateARunningInstanceToTheNewVersionWhereItContinues()
    {
        using var bureau = await ApiClientAsync("bureau");
        var businessKey = $"MJ-{Guid.NewGuid():N}"[..16];
        await PublishAsync(bureau, Process(""));
        var started = await bureau.PostAsJsonAsync("/api/instances", new { definitionKey = Key, businessKey, variables = new { } }).EnsureSuccessAsync();
        var instanceId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
        await PublishAsync(bureau, Process("""<userTask id="archive" name="归档" camunda:assignee="bureau" />"""));
        var page = await SignInAsync("bureau");

        await page.GetByRole(AriaRole.Link, new() { Name = "运维" }).ClickAsync();
        await page.GetByTestId("open-migrations").ClickAsync();
        await ChooseAsync(page.GetByTestId("migration-definition"), Key);
        await ChooseAsync(page.GetByTestId("migration-source"), "v1");
        await ChooseAsync(page.GetByTestId("migration-target"), "v2", exact: true);
        await page.GetByTestId("migration-generate").ClickAsync();
        await Assertions.Expect(page.GetByTestId("target-of-check")).ToContainTextAsync("审核（check）");
        var row = page.GetByTestId("migration-candidates").GetByRole(AriaRole.Row).Filter(new() { HasText = businessKey });
        await row.Locator(".el-checkbox").ClickAsync();
        await page.GetByTestId("migration-validate").ClickAsync();
        await Assertions.Expect(page.GetByTestId("migration-report")).ToContainTextAsync("迁移计划有效");
        await page.GetByTestId("migration-execute").ClickAsync();
        await Assertions.Expect(page.GetByTestId("migration-outcome")).ToContainTextAsync("已迁移 1 个实例，跳过 0 个");
        await Screenshot(page, "migrated");

        await page.GotoAsync($"/instances/{instanceId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("v2");
        await Assertions.Expect(page.GetByTestId("active-steps")).ToHaveTextAsync("check");
        await Screenshot(page, "instance-on-v2");
        var tasks = await bureau.GetFromJsonAsync<JsonElement>($"/api/tasks?status=open&businessKey={businessKey}");
        await page.GotoAsync($"/tasks/{tasks.GetProperty("items")[0].GetProperty("id").GetGuid()}");
        await page.GetByTestId("submit-task").ClickAsync();
        // The page confirms once the server has completed the task; navigating before that can abort the request.
        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("任务已提交");
        await page.GotoAsync($"/instances/{instanceId}");
        await Assertions.Expect(page.GetByTestId("active-steps")).ToHaveTextAsync("archive");
        await Screenshot(page, "continued-on-v2");
    }

    /// <summary>A review by the bureau, then <paramref name="afterReview"/> (nothing in v1, an archive task in v2).</summary>
    private static string Process(string afterReview)
    {
        var next = afterReview.Length == 0 ? "end" : "archive";
        var tail = afterReview.Length == 0 ? "" : $"""{afterReview}<sequenceFlow id="toEnd" sourceRef="archive" targetRef="end" />""";
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="mj" targetNamespace="http://example.org/tests">
              <process id="{Key}" name="迁移测试" isExecutable="true">
                <startEvent id="start" />
                <sequenceFlow id="toCheck" sourceRef="start" targetRef="check" />
                <userTask id="check" name="审核" camunda:assignee="bureau" />
                <sequenceFlow id="afterCheck" sourceRef="check" targetRef="{next}" />
                {tail}
                <endEvent id="end" />
              </process>
            </definitions>
            """;
    }

    private static async Task PublishAsync(HttpClient bureau, string xml)
    {
        await bureau.PostAsync($"/api/definitions/{Key}/drafts", new StringContent(xml, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        var versions = await bureau.GetFromJsonAsync<JsonElement>($"/api/definitions/{Key}/versions");
        var draft = versions.EnumerateArray().Count(v => v.GetProperty("version").ValueKind == JsonValueKind.Number) + 1;
        await bureau.PostAsync($"/api/definitions/{Key}/versions/{draft}/publish", null).EnsureSuccessAsync();
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "migrations")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
