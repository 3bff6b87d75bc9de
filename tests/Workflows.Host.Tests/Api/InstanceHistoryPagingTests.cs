using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

/// <summary>GET /api/instances/{id}/history: an instance's history paged by the database with its total.</summary>
public sealed class InstanceHistoryPagingTests(string provider) : ProcessFixture(provider)
{
    [Test]
    public async Task ShouldPageTheHistoryInTheOrderItWasWrittenWithItsTotal()
    {
        var clerk = await SignInAsync("dept-a");
        var (instance, _) = await StartTestProcessAsync(clerk);
        var whole = (await clerk.GetFromJsonAsync<JsonElement>($"/api/instances/{instance.InstanceId}")).GetProperty("history")
            .EnumerateArray().Select(entry => entry.GetProperty("id").GetInt64()).ToList();

        var pages = new List<(int Total, List<long> Ids)>();
        for (var skip = 0; skip < whole.Count; skip += 2)
            pages.Add(await PageAsync(clerk, instance.InstanceId, $"skip={skip}&take=2"));
        var newestFirst = await PageAsync(clerk, instance.InstanceId, "order=desc&take=1");

        Assert.That(whole, Has.Count.GreaterThan(2));
        Assert.That(pages.Select(page => page.Total), Is.All.EqualTo(whole.Count));
        Assert.That(pages.SelectMany(page => page.Ids), Is.EqualTo(whole));
        Assert.That(newestFirst.Ids, Is.EqualTo(new[] { whole[^1] }));
    }

    [Test]
    public async Task ShouldForbidAnotherDepartmentToPageTheHistory()
    {
        var (instance, _) = await StartTestProcessAsync(await SignInAsync("dept-a"));

        var response = await (await SignInAsync("dept-b")).GetAsync($"/api/instances/{instance.InstanceId}/history");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldAnswerNotFoundForAnUnknownInstance()
    {
        var response = await (await SignInAsync("bureau")).GetAsync($"/api/instances/{Guid.NewGuid()}/history");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("order=sideways", "order")]
    [TestCase("take=0", "take")]
    [TestCase("take=501", "take")]
    [TestCase("skip=-1", "skip")]
    public async Task ShouldRejectABadPageNamingIt(string query, string key)
    {
        var clerk = await SignInAsync("dept-a");
        var (instance, _) = await StartTestProcessAsync(clerk);

        var response = await clerk.GetAsync($"/api/instances/{instance.InstanceId}/history?{query}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { key }));
        }
    }

    private static async Task<(int Total, List<long> Ids)> PageAsync(HttpClient client, Guid instanceId, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/instances/{instanceId}/history?{query}");
        return (page.GetProperty("total").GetInt32(), [.. page.GetProperty("items").EnumerateArray().Select(entry => entry.GetProperty("id").GetInt64())]);
    }
}
