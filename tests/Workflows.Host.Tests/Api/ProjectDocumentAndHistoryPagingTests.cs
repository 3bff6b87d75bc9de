using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Projects.Commands.RegisterCoBuilders;

namespace Workflows.Host.Tests.Api;

/// <summary>GET /api/projects/{id}/documents and …/history: a project's documents and history paged, filtered and counted by the database.</summary>
public sealed class ProjectDocumentAndHistoryPagingTests(string provider) : HostFixture(provider)
{
    [Test]
    public async Task ShouldPageTheDocumentsInUploadOrderWithTheirTotal()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        var clerk = await SignInAsync("dept-a");
        var all = (await clerk.GetFromJsonAsync<JsonElement>($"/api/projects/{project.Id}")).GetProperty("documents")
            .EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();

        var pages = new[] { await PageAsync(clerk, project.Id, "documents", "take=3"), await PageAsync(clerk, project.Id, "documents", "take=3&skip=3") };
        var newestFirst = await PageAsync(clerk, project.Id, "documents", "order=desc&take=1");

        Assert.That(all, Has.Count.EqualTo(ProjectSetup.ApplicationDocuments.Length));
        Assert.That(pages.Select(page => page.Total), Is.All.EqualTo(all.Count));
        Assert.That(pages.Select(page => page.Items.Count), Is.EqualTo(new[] { 3, all.Count - 3 }));
        Assert.That(pages.SelectMany(page => page.Items.Select(d => d.GetProperty("id").GetString())), Is.EqualTo(all));
        Assert.That(newestFirst.Items.Single().GetProperty("id").GetString(), Is.EqualTo(all[^1]));
    }

    [Test]
    public async Task ShouldFilterTheDocumentsByKind()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");

        var page = await PageAsync(await SignInAsync("bureau"), project.Id, "documents", "kind=FeasibilityStudy");

        Assert.That(page.Total, Is.EqualTo(1));
        Assert.That(page.Items.Single().GetProperty("kind").GetString(), Is.EqualTo("FeasibilityStudy"));
    }

    [Test]
    public async Task ShouldPageTheHistoryOldestFirstWithItsTotal()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        var bureau = await SignInAsync("bureau");
        var all = (await bureau.GetFromJsonAsync<JsonElement>($"/api/projects/{project.Id}")).GetProperty("history")
            .EnumerateArray().Select(h => h.GetProperty("change").GetString()).ToList();

        var first = await PageAsync(bureau, project.Id, "history", "take=2");
        var rest = await PageAsync(bureau, project.Id, "history", "take=200&skip=2");

        Assert.That(all, Has.Count.GreaterThan(2));
        Assert.That(new[] { first.Total, rest.Total }, Is.All.EqualTo(all.Count));
        Assert.That(first.Items.Concat(rest.Items).Select(h => h.GetProperty("change").GetString()), Is.EqualTo(all));
    }

    [TestCase("documents")]
    [TestCase("history")]
    public async Task ShouldRefuseTheListsOfAProjectOfAnotherDepartment(string list)
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");

        var response = await (await SignInAsync("dept-b")).GetAsync($"/api/projects/{project.Id}/{list}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("documents")]
    [TestCase("history")]
    public async Task ShouldShowTheListsOfAProjectTheClerksDepartmentCoBuilds(string list)
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await using (var scope = App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RegisterCoBuilders(project.Id, ["health"], "bureau"));

        var page = await PageAsync(await SignInAsync("dept-b"), project.Id, list, "take=1");

        Assert.That(page.Total, Is.GreaterThan(0));
        Assert.That(page.Items, Has.Count.EqualTo(1));
    }

    [TestCase("documents", "take=0", "take")]
    [TestCase("documents", "take=201", "take")]
    [TestCase("documents", "skip=-1", "skip")]
    [TestCase("documents", "order=sideways", "order")]
    [TestCase("documents", "sort=size", "sort")]
    [TestCase("documents", "kind=Poem", "kind")]
    [TestCase("history", "take=0", "take")]
    [TestCase("history", "skip=-1", "skip")]
    [TestCase("history", "order=up", "order")]
    public async Task ShouldRejectABadPageNamingIt(string list, string query, string key)
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");

        var response = await (await SignInAsync("bureau")).GetAsync($"/api/projects/{project.Id}/{list}?{query}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { key }));
        }
    }

    private static async Task<(int Total, List<JsonElement> Items)> PageAsync(HttpClient client, Guid projectId, string list, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/projects/{projectId}/{list}?{query}");
        return (page.GetProperty("total").GetInt32(), [.. page.GetProperty("items").EnumerateArray()]);
    }
}
