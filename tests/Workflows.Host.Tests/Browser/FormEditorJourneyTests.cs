using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>Issue 13: the bureau admin opens a form from 表单 in the form editor, renames a field, saves and publishes it,
/// and a task of a process version published afterwards shows the new label.</summary>
public sealed class FormEditorJourneyTests : BrowserFixture
{
    private const string FormKey = "journey-form";
    private const string ProcessKey = "journey-process";

    [Test]
    public async Task ShouldPublishAFieldLabelChangedInTheEditorToTheTasksOfANewProcessVersion()
    {
        var bureau = await ApiClientAsync("bureau");
        await PublishFormAsync(bureau);
        await PublishProcessAsync(bureau, 1);
        var page = await SignInAsync("bureau");

        await page.GetByRole(AriaRole.Link, new() { Name = "表单", Exact = true }).ClickAsync();
        await page.GetByTestId("forms").GetByRole(AriaRole.Link, new() { Name = FormKey, Exact = true }).ClickAsync();
        var editor = page.GetByTestId("form-editor");
        await editor.Locator(".fjs-editor-container .fjs-element").Filter(new() { HasText = "项目名称" }).Last.ClickAsync();
        await RenameLabelAsync(page, "系统名称（按目录填写）");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-status")).ToHaveTextAsync("草稿已保存");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-status")).ToHaveTextAsync("版本 2 已发布");
        await Screenshot(page, "form-editor");

        var published = await bureau.GetFromJsonAsync<JsonElement>($"/api/forms/{FormKey}/versions/2");
        Assert.That(published.GetRawText(), Does.Contain("系统名称（按目录填写）"), "the published form version 2 holds the label typed in the editor");
        await PublishProcessAsync(bureau, 2);
        var taskId = await StartAndFindTaskAsync(bureau);
        await page.GotoAsync($"/tasks/{taskId}");

        await Assertions.Expect(page.Locator(".fjs-form")).ToContainTextAsync("系统名称（按目录填写）");
        await Screenshot(page, "task-form");
    }

    [Test]
    public async Task ShouldOfferInChineseOnlyTheComponentTypesTheServerAccepts()
    {
        using var bureau = await ApiClientAsync("bureau");
        var accepted = await bureau.GetFromJsonAsync<string[]>("/api/forms/component-types");
        Assert.That(accepted, Does.Contain("textfield").And.Not.Contain("filepicker"), "the server's list of component types");
        var page = await SignInAsync("bureau");

        await page.GetByRole(AriaRole.Link, new() { Name = "表单", Exact = true }).ClickAsync();
        await page.GetByTestId("forms").GetByRole(AriaRole.Link, new() { Name = "acceptance-report-filing", Exact = true }).ClickAsync();
        var palette = page.GetByTestId("form-editor").Locator(".fjs-palette");
        await Assertions.Expect(palette.Locator(".fjs-palette-field").First).ToBeVisibleAsync();

        var offered = await palette.Locator(".fjs-palette-field").EvaluateAllAsync<string[]>("fields => fields.map(field => field.dataset.fieldType)");
        Assert.That(offered, Is.EquivalentTo(accepted!), "the palette offers exactly the types the server stores");
        await Assertions.Expect(palette.Locator(".fjs-palette-header")).ToHaveTextAsync("组件");
        await Assertions.Expect(palette.Locator(".fjs-palette-search")).ToHaveAttributeAsync("placeholder", "搜索组件");
        await Assertions.Expect(palette.Locator(".fjs-palette-field[data-field-type='textfield']")).ToContainTextAsync("文本框");
        await Assertions.Expect(palette.Locator(".fjs-palette-group-title")).ToHaveTextAsync(["输入", "选择", "展示", "容器"]);
        await Screenshot(page, "form-editor-palette");
    }

    /// <summary>Types the selected field's label in the properties panel, whose groups open collapsed (the label is under
    /// 常规, "General"); a panel still drawing itself can drop the text, so it is typed again until the canvas shows it.</summary>
    private static async Task RenameLabelAsync(IPage page, string label)
    {
        await Assertions.Expect(page.Locator(".bio-properties-panel-header-type")).ToHaveTextAsync("文本框");
        var entry = page.Locator("[data-entry-id='label'] [contenteditable='true']");
        if (!await entry.IsVisibleAsync())
        {
            await page.Locator(".bio-properties-panel-group-header").Filter(new() { HasText = "常规" }).ClickAsync();
        }

        for (var attempt = 1; ; attempt++)
        {
            await entry.FillAsync(label);
            try
            {
                // The field on the canvas, not the panel's own entry: the panel applies typed text after a debounce.
                await Assertions.Expect(page.GetByTestId("form-editor").Locator(".fjs-editor-container .fjs-element").Filter(new() { HasText = label }).First)
                    .ToBeVisibleAsync(new() { Timeout = 5000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }

    private static async Task PublishFormAsync(HttpClient bureau)
    {
        const string schema = """
            { "id": "journey-form", "type": "default", "schemaVersion": 16, "components": [
              { "id": "Field_title", "type": "textfield", "key": "title", "label": "项目名称", "validate": { "required": true } } ] }
            """;
        await bureau.PostAsync($"/api/forms/{FormKey}/drafts", new StringContent(schema, Encoding.UTF8, "application/json")).EnsureSuccessAsync();
        await bureau.PostAsync($"/api/forms/{FormKey}/versions/1/publish", null).EnsureSuccessAsync();
    }

    private static async Task PublishProcessAsync(HttpClient bureau, int version)
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_journey" targetNamespace="https://jiaocheng.gov.cn/workflows/tests">
              <bpmn:process id="journey-process" name="表单编辑验证流程" isExecutable="true">
                <bpmn:startEvent id="start"><bpmn:outgoing>toFill</bpmn:outgoing></bpmn:startEvent>
                <bpmn:userTask id="fill" name="填写" camunda:candidateGroups="bureau" camunda:formKey="journey-form">
                  <bpmn:incoming>toFill</bpmn:incoming><bpmn:outgoing>toEnd</bpmn:outgoing>
                </bpmn:userTask>
                <bpmn:endEvent id="end"><bpmn:incoming>toEnd</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="toFill" sourceRef="start" targetRef="fill" />
                <bpmn:sequenceFlow id="toEnd" sourceRef="fill" targetRef="end" />
              </bpmn:process>
            </bpmn:definitions>
            """;
        await bureau.PostAsync($"/api/definitions/{ProcessKey}/drafts", new StringContent(xml, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        var outcome = await (await bureau.PostAsync($"/api/definitions/{ProcessKey}/versions/{version}/publish", null).EnsureSuccessAsync())
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.That((outcome.GetProperty("published").GetBoolean(), outcome.GetProperty("version").GetInt32()), Is.EqualTo((true, version)),
            "publishing the same XML makes a new process version when the form it pins changed");
    }

    private static async Task<Guid> StartAndFindTaskAsync(HttpClient bureau)
    {
        var businessKey = $"FE-{Guid.NewGuid():N}";
        await bureau.PostAsJsonAsync("/api/instances", new { definitionKey = ProcessKey, businessKey, variables = new { } }).EnsureSuccessAsync();
        var tasks = await bureau.GetFromJsonAsync<JsonElement>($"/api/tasks?status=open&businessKey={businessKey}");
        return tasks.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid();
    }


    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "forms")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }

}
