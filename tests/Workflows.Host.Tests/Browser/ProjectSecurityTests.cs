using System.Text;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Projects.Commands.AttachDocument;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// Art. 37 on the project page: the protection level and cryptography plan stated, and the lead department records a
/// 等保测评 once its report is uploaded; without the report the article is shown.
/// </summary>
public sealed class ProjectSecurityTests : BrowserFixture
{
    [Test]
    public async Task ShouldLetTheLeadDepartmentRecordAnAssessmentWhoseReportIsOnFile()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education", adjust: application => application with { ProtectionLevel = 3 });
        await AttachAsync(project.Id, DocumentKind.ProtectionAssessmentReport);
        var page = await SignInAsync("dept-a");
        await page.GotoAsync($"/projects/{project.Id}");
        var security = page.GetByTestId("project-security");
        await Assertions.Expect(security).ToContainTextAsync("第三级");

        await FillAsync(page, security, "等级保护测评", "某信息安全测评中心");
        await security.GetByRole(AriaRole.Button, new() { Name = "备案测评" }).ClickAsync();

        var row = security.GetByTestId("security-assessments").GetByRole(AriaRole.Row, new() { Name = "某信息安全测评中心" });
        await Assertions.Expect(row).ToContainTextAsync("等级保护测评");
        await Assertions.Expect(row).ToContainTextAsync($"{DateTime.UtcNow.AddHours(8).Year + 1}");
    }

    [Test]
    public async Task ShouldShowTheArticleWhenTheReportIsNotOnFile()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education", adjust: application => application with { ProtectionLevel = 3 });
        var page = await SignInAsync("dept-a");
        await page.GotoAsync($"/projects/{project.Id}");
        var security = page.GetByTestId("project-security");

        await FillAsync(page, security, "密码应用安全性评估", "某密评机构");
        await security.GetByRole(AriaRole.Button, new() { Name = "备案测评" }).ClickAsync();

        await Assertions.Expect(security.GetByTestId("assessment-error")).ToContainTextAsync("第三十七条");
    }

    private static async Task FillAsync(IPage page, ILocator security, string kind, string assessor)
    {
        await ChooseAsync(security.GetByLabel("测评类型"), kind);
        var date = security.GetByLabel("测评日期");
        await date.FillAsync(DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await date.PressAsync("Enter");
        await security.GetByLabel("测评机构").FillAsync(assessor);
        await security.GetByLabel("测评结论").FillAsync("符合");
        await page.Keyboard.PressAsync("Escape");
    }

    private async Task AttachAsync(Guid projectId, DocumentKind kind)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new AttachDocument(projectId, kind, $"{kind}.pdf", "application/pdf", Encoding.UTF8.GetBytes($"%PDF {kind}"), "dept-a"));
    }
}
