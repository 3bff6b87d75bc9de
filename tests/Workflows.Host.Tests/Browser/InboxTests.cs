using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Browser;

/// <summary>The inbox as a department clerk works through it: search, paging on the server, claiming.</summary>
public sealed class InboxTests : BrowserFixture
{
    [OneTimeSetUp]
    public async Task PublishTestProcessAsync()
    {
        await PublishHostTestProcessAsync();
    }

    [Test]
    public async Task ShouldPageTheSearchedTasksOnTheServer()
    {
        var prefix = await StartSeveralAsync(12);
        var page = await SignInAsync("dept-a");

        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await SearchAsync(page, prefix);
        await ChooseAsync(page.GetByTestId("inbox-page-size"), "10", exact: true);

        await Assertions.Expect(page.GetByTestId("inbox-total")).ToHaveTextAsync("共 12 项");
        await Assertions.Expect(Rows(page)).ToHaveCountAsync(10);
        await page.GetByTestId("inbox-pager").Locator("button.btn-next").ClickAsync();
        await Assertions.Expect(Rows(page)).ToHaveCountAsync(2);
        Assert.That(requests, Has.Some.Contains("skip=10&take=10"), "the second page must be asked of the server");
    }

    [Test]
    public async Task ShouldFindOneTaskByItsBusinessKeyAndClaimIt()
    {
        var prefix = await StartSeveralAsync(2);
        var page = await SignInAsync("dept-a");

        await SearchAsync(page, $"{prefix}-1");
        await Assertions.Expect(Rows(page)).ToHaveCountAsync(1);
        await page.GetByTestId("inbox-table").GetByRole(AriaRole.Button, new() { Name = "签收" }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "我的任务" }).CheckAsync(new() { Force = true });

        await Assertions.Expect(Rows(page)).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("inbox-table")).ToContainTextAsync("dept-a");
        Assert.That(new Uri(page.Url).Query, Does.Contain("view=mine"));
    }

    private static ILocator Rows(IPage page) => page.GetByTestId("inbox-table").Locator("a[data-task-id]");

    private static async Task SearchAsync(IPage page, string text)
    {
        await page.GetByTestId("inbox-search").FillAsync(text);
        await page.GetByTestId("inbox-search").PressAsync("Enter");
    }

    private async Task<string> StartSeveralAsync(int count)
    {
        var clerk = await ApiClientAsync("dept-a");
        var prefix = $"IB{Guid.NewGuid():N}"[..12];
        for (var i = 0; i < count; i++)
        {
            await clerk.PostAsJsonAsync("/api/instances", new { definitionKey = "host-test", businessKey = $"{prefix}-{i}", variables = new { } })
                .EnsureSuccessAsync();
        }

        return prefix;
    }


}
