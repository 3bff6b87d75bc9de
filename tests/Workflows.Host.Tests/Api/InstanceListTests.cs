using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Engine.Execution;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence;
using Workflows.Persistence.Incidents;
using Workflows.Persistence.Instances;

namespace Workflows.Host.Tests.Api;

/// <summary>The operations console's instance list (issue 13), filtered, sorted and counted in the database. Each test
/// moves its instances into a start window of its own, so the instances of the other tests stay out of its results.</summary>
public sealed class InstanceListTests(string provider) : ProcessFixture(provider)
{
    private static int windows;

    [Test]
    public async Task ShouldFilterByDepartmentStartWindowAndOpenIncidentAndCountTheMatches()
    {
        var window = NewWindow();
        var clean = await StartAtAsync("dept-a", window.Start.AddHours(1));
        var otherDepartment = await StartAtAsync("dept-b", window.Start.AddHours(2));
        var failing = await StartAtAsync("dept-a", window.Start.AddHours(3));
        var before = await StartAtAsync("dept-a", window.Start.AddHours(-1));
        await RaiseIncidentAsync(failing, resolved: false);
        await RaiseIncidentAsync(clean, resolved: true);
        var bureau = await SignInAsync("bureau");

        var education = await PageAsync(bureau, $"{window.Query}&department=education");
        var withIncident = await PageAsync(bureau, $"{window.Query}&department=education&hasIncident=true");
        var withoutIncident = await PageAsync(bureau, $"{window.Query}&department=education&hasIncident=false");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Ids(education), Is.EquivalentTo(new[] { clean, failing }));
            Assert.That(education.GetProperty("total").GetInt32(), Is.EqualTo(2));
            Assert.That(Ids(withIncident), Is.EqualTo(new[] { failing }));
            Assert.That(withIncident.GetProperty("items")[0].GetProperty("openIncidents").GetInt32(), Is.EqualTo(1));
            Assert.That(Ids(withoutIncident), Is.EqualTo(new[] { clean }));
            Assert.That(Ids(education), Does.Not.Contain(otherDepartment).And.Not.Contain(before));
        }
    }

    [Test]
    public async Task ShouldSortByStartEndAndDefinitionAndPageWithTheTotal()
    {
        var window = NewWindow();
        var first = await StartAtAsync("dept-a", window.Start.AddHours(1));
        var second = await StartAtAsync("dept-a", window.Start.AddHours(2));
        var third = await StartAtAsync("dept-a", window.Start.AddHours(3));
        await ArrangeAsync(second, i => i.SetProperty(r => r.EndedAt, window.Start.AddHours(9)).SetProperty(r => r.Status, InstanceStatus.Completed));
        await ArrangeAsync(third, i => i.SetProperty(r => r.EndedAt, window.Start.AddHours(5)).SetProperty(r => r.Status, InstanceStatus.Completed));
        await ArrangeAsync(first, i => i.SetProperty(r => r.DefinitionVersion, 2));
        var bureau = await SignInAsync("bureau");

        var startedAscending = await PageAsync(bureau, $"{window.Query}&sort=started&order=asc");
        var startedDescending = await PageAsync(bureau, $"{window.Query}");
        var endedAscending = await PageAsync(bureau, $"{window.Query}&sort=ended&order=asc");
        var endedDescending = await PageAsync(bureau, $"{window.Query}&sort=ended&order=desc");
        var byDefinition = await PageAsync(bureau, $"{window.Query}&sort=definition&order=asc");
        var secondPage = await PageAsync(bureau, $"{window.Query}&sort=started&order=asc&skip=1&take=1");
        var versionTwo = await PageAsync(bureau, $"{window.Query}&definitionKey=host-test&version=2");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Ids(startedAscending), Is.EqualTo(new[] { first, second, third }));
            Assert.That(Ids(startedDescending), Is.EqualTo(new[] { third, second, first }));
            // Running instances (no end yet) come last either way, on SQLite and PostgreSQL alike.
            Assert.That(Ids(endedAscending), Is.EqualTo(new[] { third, second, first }));
            Assert.That(Ids(endedDescending), Is.EqualTo(new[] { second, third, first }));
            Assert.That(Ids(byDefinition), Is.EqualTo(new[] { second, third, first }));
            Assert.That(Ids(secondPage), Is.EqualTo(new[] { second }));
            Assert.That(secondPage.GetProperty("total").GetInt32(), Is.EqualTo(3));
            Assert.That(Ids(versionTwo), Is.EqualTo(new[] { first }));
        }
    }

    [Test]
    public async Task ShouldFindTheInstancesOfAProjectByItsIdOrCode()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        var window = NewWindow();
        var bureau = await SignInAsync("bureau");
        var byCode = await StartAtAsync("dept-a", window.Start.AddHours(1), project.Code);
        var byId = await StartAtAsync("dept-a", window.Start.AddHours(2), project.Id.ToString());
        var unrelated = await StartAtAsync("dept-a", window.Start.AddHours(3));

        var byProjectId = await PageAsync(bureau, $"{window.Query}&project={project.Id}");
        var byProjectCode = await PageAsync(bureau, $"{window.Query}&project={Uri.EscapeDataString(project.Code)}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Ids(byProjectId), Is.EquivalentTo(new[] { byCode, byId }));
            Assert.That(Ids(byProjectCode), Is.EquivalentTo(new[] { byCode, byId }));
            Assert.That(Ids(byProjectId), Does.Not.Contain(unrelated));
        }
    }

    [Test]
    public async Task ShouldKeepADepartmentToItsOwnInstancesAndRefuseAnotherDepartment()
    {
        var window = NewWindow();
        var own = await StartAtAsync("dept-a", window.Start.AddHours(1));
        var other = await StartAtAsync("dept-b", window.Start.AddHours(2));
        var clerk = await SignInAsync("dept-a");

        var page = await PageAsync(clerk, window.Query);
        var list = await clerk.GetFromJsonAsync<JsonElement[]>($"/api/instances?{window.Query}");
        var pageOfAnother = await clerk.GetAsync($"/api/instances/page?{window.Query}&department=health");
        var listOfAnother = await clerk.GetAsync($"/api/instances?{window.Query}&department=health");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Ids(page), Is.EqualTo(new[] { own }));
            Assert.That(page.GetProperty("total").GetInt32(), Is.EqualTo(1));
            Assert.That(list!.Select(item => item.GetProperty("id").GetGuid()), Is.EqualTo(new[] { own }));
            Assert.That(pageOfAnother.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(listOfAnother.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        }
    }

    [TestCase("sort=priority", "sort")]
    [TestCase("order=sideways", "order")]
    [TestCase("version=2", "version")]
    [TestCase("definitionKey=host-test&version=0", "version")]
    [TestCase("startedFrom=2030-01-02T00:00:00Z&startedTo=2030-01-01T00:00:00Z", "startedTo")]
    [TestCase("project=no-such-project", "project")]
    public async Task ShouldRejectABadFilterNamingIt(string query, string key)
    {
        var response = await (await SignInAsync("bureau")).GetAsync($"/api/instances/page?{query}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { key }));
        }
    }

    [Test]
    public async Task ShouldCountTheRunningAndAllInstancesOfEachVersionWithWhoPublishedIt()
    {
        var bureau = await SignInAsync("bureau");
        var before = await VersionOneAsync(bureau);
        var (kept, _) = await StartTestProcessAsync(await SignInAsync("dept-a"));
        var (cancelled, _) = await StartTestProcessAsync(await SignInAsync("dept-a"));
        await bureau.PostAsJsonAsync($"/api/instances/{cancelled.InstanceId}/cancel", new { reason = "重复申报" }).EnsureSuccessAsync();

        var after = await VersionOneAsync(bureau);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(kept.Version, Is.EqualTo(1));
            Assert.That(after.GetProperty("activeInstances").GetInt32(), Is.EqualTo(before.GetProperty("activeInstances").GetInt32() + 1));
            Assert.That(after.GetProperty("totalInstances").GetInt32(), Is.EqualTo(before.GetProperty("totalInstances").GetInt32() + 2));
            Assert.That(after.GetProperty("publishedBy").GetString(), Is.EqualTo("bureau"));
            Assert.That(after.GetProperty("publishedAt").GetDateTimeOffset(), Is.LessThanOrEqualTo(DateTimeOffset.UtcNow));
        }
    }

    private static async Task<JsonElement> VersionOneAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement[]>("/api/definitions/host-test/versions"))!.Single(v => v.GetProperty("version").ValueKind == JsonValueKind.Number && v.GetProperty("version").GetInt32() == 1);

    /// <summary>A day of its own, years back, for one test's instances.</summary>
    private static (DateTimeOffset Start, string Query) NewWindow()
    {
        var start = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(Interlocked.Increment(ref windows) * 3);
        return (start, $"startedFrom={Uri.EscapeDataString(start.ToString("O"))}&startedTo={Uri.EscapeDataString(start.AddDays(1).ToString("O"))}");
    }

    private async Task<Guid> StartAtAsync(string userName, DateTimeOffset startedAt, string? businessKey = null)
    {
        var client = await SignInAsync(userName);
        var response = await client.PostAsJsonAsync("/api/instances", new { definitionKey = "host-test", businessKey = businessKey ?? $"HT-{Guid.NewGuid():N}", variables = new { } })
            .EnsureSuccessAsync();
        var id = (await response.Content.ReadFromJsonAsync<Started>())!.InstanceId;
        await ArrangeAsync(id, i => i.SetProperty(r => r.StartedAt, startedAt));
        return id;
    }

    private async Task ArrangeAsync(
        Guid instanceId,
        Action<UpdateSettersBuilder<InstanceRecord>> change)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        await db.Instances.Where(i => i.Id == instanceId).ExecuteUpdateAsync(change);
    }

    private async Task RaiseIncidentAsync(Guid instanceId, bool resolved)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        db.Set<IncidentRecord>().Add(new IncidentRecord
        {
            Id = Guid.NewGuid(), InstanceId = instanceId, ExecutionId = Guid.NewGuid(), ActivityId = "fill", Message = "台账服务不可用",
            CreatedAt = DateTimeOffset.UtcNow, Resolved = resolved,
        });
        await db.SaveChangesAsync();
    }

    private static async Task<JsonElement> PageAsync(HttpClient client, string query) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/instances/page?{query}");

    private static Guid[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid())];
}
