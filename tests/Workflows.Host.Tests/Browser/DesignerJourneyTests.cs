using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>The bureau admin working alone in the designer, in Chinese: the palette, the context pad and the properties
/// panel speak Chinese and offer only what the engine runs, candidate groups and forms are chosen from lists, a save
/// clears the unsaved marker, and a save over another admin's newer draft is refused and said so.</summary>
public sealed class DesignerJourneyTests : BrowserFixture
{
    private const string Key = "designer-journey";
    private const string Form = "designer-journey-form";

    private const string Model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="defs" targetNamespace="https://jiaocheng.gov.cn/workflows/tests">
          <process id="designer-journey" name="设计器旅程测试" isExecutable="true">
            <startEvent id="start" />
            <sequenceFlow id="toReview" sourceRef="start" targetRef="review" />
            <userTask id="review" name="审核" />
            <sequenceFlow id="toEnd" sourceRef="review" targetRef="end" />
            <endEvent id="end" />
          </process>
          <bpmndi:BPMNDiagram id="diagram">
            <bpmndi:BPMNPlane id="plane" bpmnElement="designer-journey">
              <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="review_di" bpmnElement="review"><dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="360" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </definitions>
        """;

    [Test]
    public async Task ShouldLetTheBureauAdminChooseGroupAndFormInChineseSaveAndBeToldOfAConflictingSave()
    {
        using (var bureau = await ApiClientAsync("bureau"))
        {
            var form = await File.ReadAllTextAsync(Path.Combine(TestApp.TestDefinitionsPath, "forms", "host-test-fill.form"));
            await bureau.PostAsync($"/api/forms/{Form}/drafts", new StringContent(form, Encoding.UTF8, "application/json")).EnsureSuccessAsync();
            await bureau.PostAsync($"/api/forms/{Form}/versions/1/publish", null).EnsureSuccessAsync();
            await bureau.PostAsync($"/api/definitions/{Key}/drafts", new StringContent(Model, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
            await bureau.PostAsJsonAsync("/api/admin/users",
                new { userName = "admin-b", displayName = "第二管理员", password = TestApp.DemoPassword, departmentCode = (string?)null, roles = new[] { "admin" } })
                .EnsureSuccessAsync();
        }
        var page = await SignInAsync("bureau");
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await page.GotoAsync($"/designer/{Key}");
        var review = page.Locator(".djs-element[data-element-id='review']");
        await Assertions.Expect(review).ToBeVisibleAsync();

        await Assertions.Expect(page.Locator(".djs-palette .entry[aria-label='创建任务']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".djs-palette .entry[aria-label='创建网关']")).ToBeVisibleAsync();
        await review.ClickAsync();
        await Assertions.Expect(page.Locator(".djs-context-pad .entry[title='追加任务']")).ToBeVisibleAsync();
        var groups = page.Locator(".bio-properties-panel-group-header-title");
        await Assertions.Expect(groups.Filter(new() { HasText = "任务分配" })).ToBeVisibleAsync();
        var titles = await groups.AllInnerTextsAsync();
        Assert.That(titles, Does.Contain("常规").And.Contain("表单"));
        Assert.That(titles, Has.None.Contains("Asynchronous").And.None.Contains("listeners").And.None.Contains("Inputs").And.None.Contains("History"));
        await Screenshot(page, "panel-zh");

        await page.Locator("[data-group-id='group-CamundaPlatform__UserAssignment'] .bio-properties-panel-group-header").ClickAsync();
        await page.Locator("#bio-properties-panel-candidateGroup-finance").CheckAsync();
        await page.Locator("[data-group-id='group-CamundaPlatform__Form'] .bio-properties-panel-group-header").ClickAsync();
        await page.Locator("#bio-properties-panel-formKey").SelectOptionAsync(Form);
        await Assertions.Expect(page.GetByTestId("unsaved")).ToHaveTextAsync("● 未保存");
        Assert.That(await page.TitleAsync(), Does.StartWith("• "));
        await Screenshot(page, "unsaved");

        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("designer-status")).ToHaveTextAsync("草稿已保存");
        await Assertions.Expect(page.GetByTestId("unsaved")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("validation-ok")).ToBeVisibleAsync();
        Assert.That(await page.TitleAsync(), Does.Not.StartWith("• "));
        using (var bureau = await ApiClientAsync("bureau"))
        {
            var draft = await (await bureau.GetAsync($"/api/definitions/{Key}/drafts/xml").EnsureSuccessAsync()).Content.ReadAsStringAsync();
            Assert.That(draft, Does.Contain("camunda:candidateGroups=\"finance\"").And.Contain($"camunda:formKey=\"{Form}\""));
        }

        using (var other = await ApiClientAsync("admin-b"))
            await other.PostAsync($"/api/definitions/{Key}/drafts", new StringContent(Model, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await page.Locator("#bio-properties-panel-candidateGroup-bureau").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("designer-status")).ToContainTextAsync("其他管理员已在您打开之后保存或发布了此流程");
        await Assertions.Expect(page.GetByTestId("unsaved")).ToBeVisibleAsync();
        await Screenshot(page, "conflict");
        using (var bureau = await ApiClientAsync("bureau"))
        {
            var draft = await (await bureau.GetAsync($"/api/definitions/{Key}/drafts/xml").EnsureSuccessAsync()).Content.ReadAsStringAsync();
            Assert.That(draft, Does.Not.Contain("camunda:candidateGroups"));
        }
    }

    [Test]
    public async Task ShouldDiscardTheDraftAfterAskingAndShowTheLatestVersion()
    {
        const string key = "designer-discard";
        using (var bureau = await ApiClientAsync("bureau"))
        {
            var model = Model.Replace(Key, key, StringComparison.Ordinal).Replace("<userTask id=\"review\" name=\"审核\" />",
                "<userTask id=\"review\" name=\"审核\" camunda:candidateGroups=\"finance\" />", StringComparison.Ordinal);
            await bureau.PostAsync($"/api/definitions/{key}/drafts", new StringContent(model, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
            await bureau.PostAsync($"/api/definitions/{key}/versions/1/publish", null).EnsureSuccessAsync();
            await bureau.PostAsync($"/api/definitions/{key}/drafts", new StringContent(model.Replace("审核", "复核", StringComparison.Ordinal), Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        }
        var page = await SignInAsync("bureau");
        await page.GotoAsync($"/designer/{key}");
        await Assertions.Expect(page.GetByTestId("designer-status")).ToHaveTextAsync("已打开草稿");

        await page.GetByRole(AriaRole.Button, new() { Name = "放弃草稿" }).ClickAsync();
        await page.Locator(".el-message-box .el-button--primary").ClickAsync();

        await Assertions.Expect(page.GetByTestId("designer-status")).ToHaveTextAsync("草稿已放弃");
        await Assertions.Expect(page.GetByTestId("versions").Locator("li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "放弃草稿" })).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".djs-element[data-element-id='review']")).ToContainTextAsync("审核");
        using var api = await ApiClientAsync("bureau");
        Assert.That((await api.GetAsync($"/api/definitions/{key}/drafts/xml")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ShouldSpeakEnglishInTheDesignerWhenTheUiIsEnglish()
    {
        const string key = "designer-english";
        using (var bureau = await ApiClientAsync("bureau"))
            await bureau.PostAsync($"/api/definitions/{key}/drafts", new StringContent(Model.Replace(Key, key, StringComparison.Ordinal), Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        var page = await SignInAsync("bureau");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).Or(page.GetByRole(AriaRole.Link, new() { Name = "English" })).First.ClickAsync();
        await page.GotoAsync($"/designer/{key}");
        var review = page.Locator(".djs-element[data-element-id='review']");
        await Assertions.Expect(review).ToBeVisibleAsync();

        await review.ClickAsync();

        await Assertions.Expect(page.Locator(".djs-palette .entry[aria-label='Create task']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".djs-context-pad .entry[title='Append task']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".bio-properties-panel-group-header-title").Filter(new() { HasText = "User assignment" })).ToBeVisibleAsync();
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "designer-journey")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
