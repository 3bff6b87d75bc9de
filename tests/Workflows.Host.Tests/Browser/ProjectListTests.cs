using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>The project list pages, sorts and counts on the server: the browser holds one page of the projects the filters match.</summary>
public sealed class ProjectListTests : BrowserFixture
{
    private const int Projects = 25;

    [Test]
    public async Task ShouldPageAndSortTheFilteredProjectsOnTheServer()
    {
        var tag = $"列表{Guid.NewGuid():N}"[..10];
        var codes = new List<string>();
        for (var i = 0; i < Projects; i++)
            codes.Add((await ProjectSetup.RegisterAsync(App, "education", $"{tag}-{Projects - 1 - i:D2}", withDocuments: false)).Code);
        codes.Sort(StringComparer.Ordinal);
        var page = await SignInAsync("bureau");
        var rows = page.GetByTestId("project-table").Locator("tbody tr");

        await page.GotoAsync($"/projects?search={tag}");

        await Assertions.Expect(page.GetByTestId("project-total")).ToHaveTextAsync($"共 {Projects} 个项目");
        await Assertions.Expect(rows).ToHaveCountAsync(20);
        await Assertions.Expect(rows.First).ToContainTextAsync(codes[0]);
        await page.RunAndWaitForResponseAsync(
            () => page.GetByTestId("projects-pager").Locator("li.number", new() { HasText = "2" }).ClickAsync(),
            response => response.Url.Contains("/api/projects/page") && response.Url.Contains("skip=20"));
        await Assertions.Expect(rows).ToHaveCountAsync(Projects - 20);
        await Assertions.Expect(rows.First).ToContainTextAsync(codes[20]);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("page=2"));

        await page.RunAndWaitForResponseAsync(
            () => page.GetByTestId("project-table").GetByRole(AriaRole.Columnheader, new() { Name = "项目名称" }).ClickAsync(),
            response => response.Url.Contains("/api/projects/page") && response.Url.Contains("sort=name"));
        await Assertions.Expect(rows).ToHaveCountAsync(20);
        await Assertions.Expect(rows.First).ToContainTextAsync($"{tag}-00");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("sort=name"));
    }
}
