using System.Text;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>The bureau admin sees in the designer what the engine would read past in a model: each warning with its
/// element, beside the problems, after validating and after saving.</summary>
public sealed class DesignerWarningTests : BrowserFixture
{
    private const string Key = "designer-warning-test";

    private const string Listened = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="defs" targetNamespace="https://jiaocheng.gov.cn/workflows/tests">
          <process id="designer-warning-test" name="设计器警告测试" isExecutable="true">
            <startEvent id="start" />
            <sequenceFlow id="toReview" sourceRef="start" targetRef="review" />
            <userTask id="review" name="审核" camunda:candidateGroups="finance" camunda:asyncBefore="true" />
            <sequenceFlow id="toEnd" sourceRef="review" targetRef="end" />
            <endEvent id="end" />
          </process>
          <bpmndi:BPMNDiagram id="diagram">
            <bpmndi:BPMNPlane id="plane" bpmnElement="designer-warning-test">
              <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="review_di" bpmnElement="review"><dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="360" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </definitions>
        """;

    [Test]
    public async Task ShouldListTheWarningsOfTheModelWithTheirElementsAfterValidatingAndSaving()
    {
        using (var bureau = await ApiClientAsync("bureau"))
            await bureau.PostAsync($"/api/definitions/{Key}/drafts", new StringContent(Listened, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        var page = await SignInAsync("bureau");
        await page.GetByRole(AriaRole.Link, new() { Name = "流程设计" }).ClickAsync();
        await page.GotoAsync($"/designer/{Key}");
        await Assertions.Expect(page.Locator(".djs-element[data-element-id='review']")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "校验" }).ClickAsync();

        var warnings = page.GetByTestId("warnings");
        await Assertions.Expect(page.GetByTestId("validation-ok")).ToBeVisibleAsync();
        await Assertions.Expect(warnings.Locator("li")).ToHaveCountAsync(1);
        await Assertions.Expect(warnings).ToContainTextAsync("review");
        await Assertions.Expect(warnings).ToContainTextAsync("camunda:asyncBefore is ignored");
        await Assertions.Expect(page.GetByText("1 条警告")).ToBeVisibleAsync();
        await Screenshot(page, "validated");

        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("designer-status")).ToHaveTextAsync("草稿已保存");
        await Assertions.Expect(warnings).ToContainTextAsync("camunda:asyncBefore is ignored");
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "designer")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
