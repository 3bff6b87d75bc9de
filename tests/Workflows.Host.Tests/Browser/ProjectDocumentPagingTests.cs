using System.Text;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Projects.Commands.AttachDocument;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// A project's documents and history page on the server with the shared pager: the page holds one page of each.
/// A screenshot of the project page is kept under TestResults/project-paging.
/// </summary>
public sealed class ProjectDocumentPagingTests : BrowserFixture
{
    private const int ExtraDocuments = 18;

    [Test]
    public async Task ShouldPageTheProjectsDocumentsAndHistoryOnTheServer()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            for (var i = 0; i < ExtraDocuments; i++)
                await mediator.Send(new AttachDocument(project.Id, DocumentKind.Contract, $"合同-{i:D2}.pdf", "application/pdf", Encoding.UTF8.GetBytes($"%PDF {i}"), "bureau"));
        }

        var documents = ProjectSetup.ApplicationDocuments.Length + ExtraDocuments;
        var page = await SignInAsync("dept-a");
        var rows = page.GetByTestId("documents").Locator("tbody tr");

        await page.GotoAsync($"/projects/{project.Id}");

        await Assertions.Expect(rows).ToHaveCountAsync(20);
        await Assertions.Expect(page.GetByTestId("documents-pager")).ToContainTextAsync($"共 {documents} 条");
        await Assertions.Expect(page.GetByTestId("history").Locator(".el-timeline-item")).ToHaveCountAsync(20);
        await page.RunAndWaitForResponseAsync(
            () => page.GetByTestId("documents-pager").Locator("li.number", new() { HasText = "2" }).ClickAsync(),
            response => response.Url.Contains($"/api/projects/{project.Id}/documents") && response.Url.Contains("skip=20"));
        await Assertions.Expect(rows).ToHaveCountAsync(documents - 20);
        await Assertions.Expect(rows.First).ToContainTextAsync($"合同-{20 - ProjectSetup.ApplicationDocuments.Length:D2}.pdf");

        await page.RunAndWaitForResponseAsync(
            () => page.GetByTestId("documents-kind").ClickAsync().ContinueWith(_ => page.GetByRole(AriaRole.Option, new() { Name = "项目建议书" }).ClickAsync()).Unwrap(),
            response => response.Url.Contains("kind=Proposal"));
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("history-pager")).ToBeVisibleAsync();

        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "project-paging")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "project.png"), FullPage = true });
    }
}
