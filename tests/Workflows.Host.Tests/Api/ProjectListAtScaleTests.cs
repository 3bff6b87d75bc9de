using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Host.Tests.Performance;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// GET /api/projects, the whole list, with more projects than SQLite takes parameters in one statement (32,766): the
/// deadlines of the projects are read in slices, so the list still answers and every project keeps its next deadline.
/// </summary>
public sealed class ProjectListAtScaleTests(string provider) : HostFixture(provider)
{
    private const int Projects = 33_000;

    [Test]
    public async Task ShouldListEveryProjectWithItsDeadlineBeyondOneStatementsParameters()
    {
        BulkProjects.Insert(Database, Projects);
        var late = await ProjectSetup.RegisterAsync(App, "health");
        await ProjectTasks.AddOpenAsync(App, late.Id, "fileContract", DateTimeOffset.UtcNow.AddDays(-1));

        var response = await (await SignInAsync("bureau")).GetAsync("/api/projects");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.That(items, Has.Count.GreaterThan(Projects));
        var listed = items.Single(item => item.GetProperty("id").GetGuid() == late.Id);
        Assert.That(listed.GetProperty("overdue").GetBoolean(), Is.True);
        Assert.That(listed.GetProperty("nextDeadline").ValueKind, Is.EqualTo(JsonValueKind.Object));
    }
}
