using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Processes;

/// <summary>
/// <c>GET /api/definitions</c> flags the processes the measures start from a page of their own or open themselves
/// (<c>startedElsewhere</c>), so the generic start page leaves them out; a start through the generic endpoint is refused as before.
/// </summary>
public sealed class StartSiteTests(string provider) : ShippedProcessFixture(provider)
{
    private static readonly string[] ShippedKeys =
    [
        "annual-plan", "change-request", "cross-department-project", "dedicated-network-exception", "evaluation-spot-check",
        "key-project-evaluation", "new-project", "performance-evaluation", "rectification-order",
    ];

    [Test]
    public async Task ShouldFlagEveryShippedProcessAsStartedElsewhereAndADesignedOneAsStartableHere()
    {
        var bureau = await SignInAsync("bureau");
        var xml = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Assets", "receive-task-test.bpmn"));
        await bureau.PostAsync("/api/definitions/receive-task-test/drafts", new StringContent(xml, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/receive-task-test/versions/1/publish", null).EnsureSuccessAsync();

        var definitions = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement[]>("/api/definitions");

        var flags = definitions!.ToDictionary(d => d.GetProperty("key").GetString()!, d => d.GetProperty("startedElsewhere").GetBoolean());
        Assert.That(ShippedKeys.Where(key => !flags.GetValueOrDefault(key)), Is.Empty, "shipped processes offered on the start page");
        Assert.That(flags["receive-task-test"], Is.False);
    }

    [TestCase("dept-a", "annual-plan", HttpStatusCode.Forbidden)]
    [TestCase("dept-a", "performance-evaluation", HttpStatusCode.Forbidden)]
    [TestCase("finance", "key-project-evaluation", HttpStatusCode.Forbidden)]
    [TestCase("dept-a", "new-project", HttpStatusCode.BadRequest)]
    [TestCase("bureau", "rectification-order", HttpStatusCode.BadRequest)]
    public async Task ShouldStillRefuseAFlaggedProcessStartedThroughTheGenericEndpointWithoutItsPage(
        string user, string definitionKey, HttpStatusCode expected)
    {
        var response = await (await SignInAsync(user)).PostAsJsonAsync("/api/instances", new { definitionKey, variables = new { } });

        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        if (expected == HttpStatusCode.BadRequest)
            Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { "projectId" }));
    }
}
