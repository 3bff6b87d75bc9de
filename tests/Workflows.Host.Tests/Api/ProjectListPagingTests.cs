using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Projects.Commands.RegisterCoBuilders;

namespace Workflows.Host.Tests.Api;

/// <summary>GET /api/projects/page: the project list filtered, sorted, counted and paged by the database.</summary>
public sealed class ProjectListPagingTests(string provider) : HostFixture(provider)
{
    [Test]
    public async Task ShouldPageTheMatchingProjectsByCodeWithTheirTotal()
    {
        var tag = NewTag();
        var codes = new List<string>();
        for (var i = 0; i < 5; i++)
            codes.Add((await ProjectSetup.RegisterAsync(App, "education", $"{tag}-{i}")).Code);
        var bureau = await SignInAsync("bureau");

        var pages = new[] { await PageAsync(bureau, $"search={tag}&take=2"), await PageAsync(bureau, $"search={tag}&take=2&skip=2"), await PageAsync(bureau, $"search={tag}&take=2&skip=4") };

        Assert.That(pages.Select(page => page.Total), Is.All.EqualTo(5));
        Assert.That(pages.Select(page => page.Codes.Count), Is.EqualTo(new[] { 2, 2, 1 }));
        Assert.That(pages.SelectMany(page => page.Codes), Is.EqualTo(codes.Order(StringComparer.Ordinal)));
    }

    [Test]
    public async Task ShouldSortByNameDescending()
    {
        var tag = NewTag();
        var first = await ProjectSetup.RegisterAsync(App, "education", $"{tag}-a");
        var second = await ProjectSetup.RegisterAsync(App, "education", $"{tag}-b");

        var page = await PageAsync(await SignInAsync("bureau"), $"search={tag}&sort=name&order=desc");

        Assert.That(page.Codes, Is.EqualTo(new[] { second.Code, first.Code }));
    }

    [Test]
    public async Task ShouldPageAndCountOnlyTheClerksOwnDepartmentsProjects()
    {
        var tag = NewTag();
        var own = await ProjectSetup.RegisterAsync(App, "education", $"{tag}-own");
        await ProjectSetup.RegisterAsync(App, "health", $"{tag}-other");

        var page = await PageAsync(await SignInAsync("dept-a"), $"search={tag}&department=health&take=1");
        var unfiltered = await PageAsync(await SignInAsync("dept-a"), $"search={tag}");

        Assert.That(page.Total, Is.Zero);
        Assert.That(unfiltered.Total, Is.EqualTo(1));
        Assert.That(unfiltered.Codes, Is.EqualTo(new[] { own.Code }));
    }

    [Test]
    public async Task ShouldPageAndCountTheProjectsTheClerksDepartmentCoBuildsWithThoseItLeads()
    {
        var tag = NewTag();
        var led = await ProjectSetup.RegisterAsync(App, "health", $"{tag}-led");
        var coBuilt = await ProjectSetup.RegisterAsync(App, "education", $"{tag}-co-built");
        await ProjectSetup.RegisterAsync(App, "education", $"{tag}-other");
        await using (var scope = App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RegisterCoBuilders(coBuilt.Id, ["health"], "bureau"));
        var clerk = await SignInAsync("dept-b");

        var pages = new[] { await PageAsync(clerk, $"search={tag}&take=1"), await PageAsync(clerk, $"search={tag}&take=1&skip=1") };
        var notHeld = await PageAsync(clerk, $"search={tag}&fundingHeld=false");

        Assert.That(pages.Select(page => page.Total), Is.All.EqualTo(2));
        Assert.That(pages.SelectMany(page => page.Codes), Is.EqualTo(new[] { led.Code, coBuilt.Code }.Order(StringComparer.Ordinal)));
        Assert.That(notHeld.Total, Is.EqualTo(2));
    }

    [Test]
    public async Task ShouldFilterTheProjectsWithAnOverdueTask()
    {
        var tag = NewTag();
        var late = await ProjectSetup.RegisterAsync(App, "health", $"{tag}-late");
        var onTime = await ProjectSetup.RegisterAsync(App, "health", $"{tag}-on-time");
        await ProjectTasks.AddOpenAsync(App, late.Id, "fileContract", DateTimeOffset.UtcNow.AddDays(-1));
        await ProjectTasks.AddOpenAsync(App, onTime.Id, "fileContract", DateTimeOffset.UtcNow.AddDays(5));
        var bureau = await SignInAsync("bureau");

        var overdue = await PageAsync(bureau, $"search={tag}&overdue=true");
        var notOverdue = await PageAsync(bureau, $"search={tag}&overdue=false");
        var array = await bureau.GetFromJsonAsync<JsonElement>($"/api/projects?search={tag}&overdue=true");

        Assert.That(overdue.Codes, Is.EqualTo(new[] { late.Code }));
        Assert.That(overdue.Total, Is.EqualTo(1));
        Assert.That(notOverdue.Codes, Is.EqualTo(new[] { onTime.Code }));
        Assert.That(array.EnumerateArray().Select(item => item.GetProperty("code").GetString()), Is.EqualTo(new[] { late.Code }));
    }

    [TestCase("sort=budget", "sort")]
    [TestCase("order=sideways", "order")]
    [TestCase("take=0", "take")]
    [TestCase("take=201", "take")]
    [TestCase("skip=-1", "skip")]
    public async Task ShouldRejectABadPageNamingIt(string query, string key)
    {
        var response = await (await SignInAsync("bureau")).GetAsync($"/api/projects/page?{query}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { key }));
        }
    }

    private static string NewTag() => $"分页{Guid.NewGuid():N}"[..12];

    private static async Task<(int Total, List<string> Codes)> PageAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/projects/page?{query}");
        return (page.GetProperty("total").GetInt32(), [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("code").GetString()!)]);
    }
}
