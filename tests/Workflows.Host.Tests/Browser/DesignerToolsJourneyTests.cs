using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>Issue 13, the designer for a bureau admin working alone: a changed process published and compared with
/// the version before it; the diagram linted as it is edited, zoomed and seen whole in its minimap, and played in the token simulation.</summary>
public sealed class DesignerToolsJourneyTests : BrowserFixture
{
    private const string Key = "designer-tools-test";

    private const string Process = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="defs" targetNamespace="https://jiaocheng.gov.cn/workflows/tests">
          <process id="designer-tools-test" name="设计器工具测试" isExecutable="true">
            <startEvent id="start" name="开始"><outgoing>toReview</outgoing></startEvent>
            <sequenceFlow id="toReview" sourceRef="start" targetRef="review" />
            <userTask id="review" name="部门审核" camunda:candidateGroups="finance"><incoming>toReview</incoming><outgoing>toEnd</outgoing></userTask>
            <sequenceFlow id="toEnd" sourceRef="review" targetRef="end" />
            <endEvent id="end" name="结束"><incoming>toEnd</incoming></endEvent>
          </process>
          <bpmndi:BPMNDiagram id="diagram">
            <bpmndi:BPMNPlane id="plane" bpmnElement="designer-tools-test">
              <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="review_di" bpmnElement="review"><dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="360" y="100" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="toReview_di" bpmnElement="toReview"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="toEnd_di" bpmnElement="toEnd"><di:waypoint x="300" y="118" /><di:waypoint x="360" y="118" /></bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </definitions>
        """;

    [SetUp]
    public async Task PublishVersionOneAsync()
    {
        using var bureau = await ApiClientAsync("bureau");
        if ((await bureau.GetAsync($"/api/definitions/{Key}/versions/1/xml")).IsSuccessStatusCode)
        {
            return;
        }

        await bureau.PostAsync($"/api/definitions/{Key}/drafts", new StringContent(Process, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await bureau.PostAsync($"/api/definitions/{Key}/versions/1/publish", null).EnsureSuccessAsync();
    }

    [Test]
    public async Task ShouldHighlightTheRenamedTaskAndListItsNameChangeWhenComparingTheNewVersionWithTheOldOne()
    {
        var page = await OpenDesignerAsync();
        var latest = await LatestVersionAsync();

        await RenameAsync(page, "review", "财政局审核");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("designer-status")).ToHaveTextAsync($"版本 {latest + 1} 已发布");
        // The two newest versions are chosen at first.
        await Assertions.Expect(page.GetByTestId("compare-from")).ToContainTextAsync($"v{latest}");
        await Assertions.Expect(page.GetByTestId("compare-to")).ToContainTextAsync($"v{latest + 1}");
        await page.GetByRole(AriaRole.Button, new() { Name = "对比", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"版本对比：{Key} v{latest} → v{latest + 1}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("diff-to").Locator(".djs-element.wf-diff-changed[data-element-id='review']")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("diff-from").Locator(".djs-element.wf-diff-changed[data-element-id='review']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".djs-element.wf-diff-changed[data-element-id='start']")).ToHaveCountAsync(0);
        var change = page.GetByTestId("diff-changes").Locator(".el-table__row").Filter(new() { HasText = "review" });
        await Assertions.Expect(change).ToHaveCountAsync(1);
        await Assertions.Expect(change).ToContainTextAsync("修改");
        await Assertions.Expect(change).ToContainTextAsync("name");
        await Assertions.Expect(change).ToContainTextAsync("部门审核");
        await Assertions.Expect(change).ToContainTextAsync("财政局审核");
        await Screenshot(page, "diff");
    }

    [Test]
    public async Task ShouldCompareTheSavedDraftWithTheNewestPublishedVersion()
    {
        var page = await OpenDesignerAsync();
        var latest = await LatestVersionAsync();
        try
        {
            await RenameAsync(page, "review", "草稿中的审核");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("designer-status")).ToHaveTextAsync("草稿已保存");
            // With a draft saved, it is compared with the newest published version at first.
            await Assertions.Expect(page.GetByTestId("compare-from")).ToContainTextAsync($"v{latest}");
            await Assertions.Expect(page.GetByTestId("compare-to")).ToContainTextAsync("草稿");
            await page.GetByRole(AriaRole.Button, new() { Name = "对比", Exact = true }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"版本对比：{Key} v{latest} → 草稿" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("diff-to").GetByRole(AriaRole.Heading, new() { Name = "草稿" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("diff-to").Locator(".djs-element.wf-diff-changed[data-element-id='review']")).ToBeVisibleAsync();
            var change = page.GetByTestId("diff-changes").Locator(".el-table__row").Filter(new() { HasText = "review" });
            await Assertions.Expect(change).ToContainTextAsync("草稿中的审核");
            await Screenshot(page, "diff-draft");
        }
        finally
        {
            using var bureau = await ApiClientAsync("bureau");
            await bureau.DeleteAsync($"/api/definitions/{Key}/drafts");
        }
    }

    [Test]
    public async Task ShouldMarkATaskLeftWithoutOutgoingFlowAndClearTheMarkOnceItIsConnected()
    {
        var page = await OpenDesignerAsync();
        var review = page.Locator(".djs-overlays[data-container-id='review'] .bjsl-overlay");
        var summary = page.Locator(".bjsl-button");
        await Assertions.Expect(page.Locator(".bjsl-overlay")).ToHaveCountAsync(0);
        await Assertions.Expect(summary).ToHaveTextAsync("无问题");
        await Assertions.Expect(summary).ToHaveAttributeAsync("title", "显示/隐藏检查标记");

        await page.Locator(".djs-element[data-element-id='toEnd']").ClickAsync(new() { Force = true });
        await page.Keyboard.PressAsync("Delete");

        await Assertions.Expect(review.Locator(".bjsl-icon-warning")).ToBeVisibleAsync();
        await review.HoverAsync();
        await Assertions.Expect(review).ToContainTextAsync("没有离开的顺序流");
        await Assertions.Expect(summary).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\s*\d+ 个错误，[1-9]\d* 个警告\s*$"));
        await Screenshot(page, "lint-warning");

        await ConnectAsync(page, "review", "end");

        await Assertions.Expect(review).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".bjsl-overlay")).ToHaveCountAsync(0);
        await Assertions.Expect(summary).ToHaveTextAsync("无问题");
    }

    [Test]
    public async Task ShouldSayInChineseThatADefinitionWithoutLayoutCannotBeDrawnWhenItIsOpened()
    {
        const string key = "designer-no-layout-test";
        using (var bureau = await ApiClientAsync("bureau"))
        {
            if (!(await bureau.GetAsync($"/api/definitions/{key}/versions/1/xml")).IsSuccessStatusCode)
            {
                var withoutLayout = Process[..Process.IndexOf("  <bpmndi:BPMNDiagram", StringComparison.Ordinal)].Replace(Key, key) + "</definitions>";
                await bureau.PostAsync($"/api/definitions/{key}/drafts", new StringContent(withoutLayout, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
                await bureau.PostAsync($"/api/definitions/{key}/versions/1/publish", null).EnsureSuccessAsync();
            }
        }

        var page = await SignInAsync("bureau");
        await page.GetByRole(AriaRole.Link, new() { Name = "流程设计" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = key, Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("designer-status")).ToHaveTextAsync("流程图加载失败: 该流程定义没有图形布局 (BPMN DI)，无法绘制；它仍按定义运行");
        await Screenshot(page, "no-layout");
    }

    [Test]
    public async Task ShouldZoomTheDiagramWithTheButtonsAndToggleItsMinimap()
    {
        var page = await OpenDesignerAsync();
        var controls = page.GetByTestId("zoom-controls");
        var review = page.Locator(".djs-element[data-element-id='review']");
        var before = (await review.BoundingBoxAsync())!.Width;

        await controls.GetByRole(AriaRole.Button, new() { Name = "放大" }).ClickAsync();
        await Eventually.HoldsAsync(async () => (await review.BoundingBoxAsync())!.Width > before * 1.1);
        await controls.GetByRole(AriaRole.Button, new() { Name = "缩小" }).ClickAsync();
        await controls.GetByRole(AriaRole.Button, new() { Name = "缩小" }).ClickAsync();
        await Eventually.HoldsAsync(async () => (await review.BoundingBoxAsync())!.Width < before * 0.9);

        var minimap = page.Locator(".djs-minimap");
        await Assertions.Expect(minimap).ToBeHiddenAsync();
        await controls.GetByRole(AriaRole.Button, new() { Name = "小地图" }).ClickAsync();
        await Assertions.Expect(minimap).ToBeVisibleAsync();
        await Assertions.Expect(minimap.Locator(".viewport-dom")).ToBeVisibleAsync();
        await Screenshot(page, "minimap");
        await controls.GetByRole(AriaRole.Button, new() { Name = "小地图" }).ClickAsync();
        await Assertions.Expect(minimap).ToBeHiddenAsync();
    }

    [Test]
    public async Task ShouldPlayTheDiagramOnScreenInTheSimulationAndReturnToTheEditor()
    {
        var page = await OpenDesignerAsync();
        var simulation = page.GetByTestId("simulation");
        await Assertions.Expect(simulation).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "模拟", Exact = true }).ClickAsync();
        var trigger = simulation.Locator(".djs-overlays[data-container-id='start'] .bts-context-pad");
        await Assertions.Expect(trigger).ToBeVisibleAsync();
        await trigger.ClickAsync();

        await Assertions.Expect(simulation.Locator(".bts-token, .bts-token-count, .bts-element-notification").First).ToBeVisibleAsync();
        // The simulation's own texts and tooltips are in Chinese, the log's entries too.
        await Assertions.Expect(simulation.Locator(".bts-toggle-mode")).ToContainTextAsync("令牌模拟");
        await Assertions.Expect(trigger).ToHaveAttributeAsync("title", "触发事件");
        await Assertions.Expect(simulation.Locator("[title='重置模拟']")).ToHaveCountAsync(1);
        await simulation.Locator("[title='显示/隐藏模拟日志']").ClickAsync();
        await Assertions.Expect(simulation.Locator(".bts-log .bts-header")).ToContainTextAsync("模拟日志");
        await Assertions.Expect(simulation.Locator(".bts-log .bts-content")).ToContainTextAsync("流程 已开始");
        await Assertions.Expect(simulation.GetByText(new System.Text.RegularExpressions.Regex("Simulation|No Entries|Process started"))).ToHaveCountAsync(0);
        await Screenshot(page, "simulation");
        await page.GetByRole(AriaRole.Button, new() { Name = "结束模拟" }).ClickAsync();
        await Assertions.Expect(simulation).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".djs-element[data-element-id='review']")).ToBeVisibleAsync();
    }

    private async Task<IPage> OpenDesignerAsync()
    {
        var page = await SignInAsync("bureau");
        await page.GetByRole(AriaRole.Link, new() { Name = "流程设计" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = Key, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".djs-element[data-element-id='review']")).ToBeVisibleAsync();
        return page;
    }

    private async Task<int> LatestVersionAsync()
    {
        using var bureau = await ApiClientAsync("bureau");
        var versions = await bureau.GetStringAsync($"/api/definitions/{Key}/versions");
        return JsonDocument.Parse(versions).RootElement.EnumerateArray()
            .Select(version => version.GetProperty("version")).Where(number => number.ValueKind == JsonValueKind.Number)
            .Max(number => number.GetInt32());
    }

    /// <summary>Renames an element on the canvas as a user does: a double click opens bpmn-js's direct editing of its label.</summary>
    private static async Task RenameAsync(IPage page, string elementId, string name)
    {
        await page.Locator($".djs-element[data-element-id='{elementId}']").DblClickAsync();
        var editor = page.Locator(".djs-direct-editing-content");
        await Assertions.Expect(editor).ToBeVisibleAsync();
        await editor.FillAsync(name);
        await page.Locator(".djs-element[data-element-id='start']").ClickAsync();
        await Assertions.Expect(page.Locator($".djs-element[data-element-id='{elementId}']")).ToContainTextAsync(name);
    }

    /// <summary>Draws a sequence flow as a user does: the connect tool of the source's context pad, then a click on the target.</summary>
    private static async Task ConnectAsync(IPage page, string sourceId, string targetId)
    {
        await page.Locator($".djs-element[data-element-id='{sourceId}']").ClickAsync();
        await page.Locator(".djs-context-pad .entry[data-action='connect']").ClickAsync();
        var target = await page.Locator($".djs-element[data-element-id='{targetId}']").BoundingBoxAsync();
        await page.Mouse.MoveAsync(target!.X + target.Width / 2, target.Y + target.Height / 2, new() { Steps = 5 });
        await page.Mouse.ClickAsync(target.X + target.Width / 2, target.Y + target.Height / 2);
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "designer-tools")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
