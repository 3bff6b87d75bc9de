using Microsoft.Playwright;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// What a keyboard and a screen reader need beyond the page tour's checks: after a failed submit the focus on the first
/// field in error, with the message in the UI's language and tied to its field; the designer's palette by keyboard.
/// </summary>
public sealed class AccessibilityDetailsTests : BrowserFixture
{
    [Test]
    public async Task ShouldFocusTheFirstFieldInErrorAndSayWhyInChinese()
    {
        var arrange = new NewProjectArrangement(App);
        var instanceId = await arrange.StartNewProjectAsync();
        var taskId = await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a");
        var page = await SignInAsync("dept-a");
        await page.GotoAsync($"/tasks/{taskId}");
        var note = page.GetByTestId("task-form").GetByLabel("申请说明");
        await Assertions.Expect(note).ToBeVisibleAsync();

        await page.GetByTestId("submit-task").ClickAsync();

        await Assertions.Expect(note).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByTestId("task-form")).ToContainTextAsync("此项为必填项");
        await Assertions.Expect(page.GetByTestId("task-form")).Not.ToContainTextAsync("Field is required");
        // The message is the field's description for a screen reader: every id aria-describedby names exists.
        await Assertions.Expect(note).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("此项为必填项"));
        var describedBy = (await note.GetAttributeAsync("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(describedBy, Is.Not.Empty);
        foreach (var id in describedBy)
        {
            Assert.That(await page.Locator($"[id='{id}']").CountAsync(), Is.EqualTo(1), id);
        }
    }

    [Test]
    public async Task ShouldReachAndRunTheDesignersPaletteByKeyboard()
    {
        var page = await SignInAsync("bureau");
        await page.GotoAsync("/designer/new-project");
        var hand = page.Locator(".djs-palette .entry[data-action='hand-tool']");
        await Assertions.Expect(page.Locator(".djs-container [data-element-id='prepareApplication']")).ToBeVisibleAsync();

        // Tab from the page's heading until the hand tool has the focus.
        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).FocusAsync();
        for (var presses = 0; presses < 40 && !await hand.EvaluateAsync<bool>("e => e === document.activeElement"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(hand).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(hand).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("highlighted-entry"));
    }
}
