using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// Art. 30 in the browser: the bureau records a department's assessment of last year on the 绩效考核 page, and the approval
/// bureau sees it on the material review of that department's application of this year. Screenshots under TestResults/assessments.
/// </summary>
public sealed class DepartmentAssessmentJourneyTests : BrowserFixture
{
    [Test]
    public async Task ShouldShowTheReviewerTheAssessmentTheBureauRecordedForTheApplicantsPreviousYear()
    {
        var arrange = new NewProjectArrangement(App);
        var bureau = await SignInAsync("bureau");
        await bureau.GotoAsync("/evaluations");
        await bureau.GetByTestId("assess-education").ClickAsync();
        var form = bureau.GetByTestId("assessment-form");
        await form.GetByText("良好", new() { Exact = true }).ClickAsync();
        await form.GetByRole(AriaRole.Spinbutton).FillAsync("86.5");
        await form.Locator("textarea[name=remarks]").FillAsync("数据共享推进较好");
        await form.GetByTestId("save-assessment").ClickAsync();
        var row = bureau.GetByTestId("department-assessments").GetByRole(AriaRole.Row, new() { Name = "县教育科技局" });
        await Assertions.Expect(row).ToContainTextAsync("良好");
        await Assertions.Expect(row).ToContainTextAsync("86.5");
        await ScreenshotAsync(bureau, "bureau");

        var project = await ProjectSetup.RegisterAsync(App, "education");
        var instanceId = await arrange.StartNewProjectAsync(project.Id);
        await arrange.CompleteAsync(await arrange.OpenTaskAsync(instanceId, "prepareApplication", "dept-a"), "dept-a",
            new { applicationNote = "申请立项", contactPerson = "张三", contactPhone = "0358-1234567" });
        var taskId = await arrange.OpenTaskAsync(instanceId, "materialReview", "approval");
        var reviewer = await SignInAsync("approval");
        await reviewer.GotoAsync($"/tasks/{taskId}");

        var shown = reviewer.GetByTestId("prior-assessment");
        await Assertions.Expect(shown).ToContainTextAsync($"{DateTime.UtcNow.AddHours(8).Year - 1}年度 良好");
        await Assertions.Expect(shown).ToContainTextAsync("86.5分");
        await Assertions.Expect(shown).ToContainTextAsync("数据共享推进较好");
        await ScreenshotAsync(reviewer, "reviewer");
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "assessments")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
