using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

/// <summary><c>GET /api/definitions/{key}/diff?from=&amp;to=</c>: elements added, removed and changed between two published versions.</summary>
public sealed class DefinitionDiffTests(string provider) : ProcessFixture(provider)
{
    [OneTimeSetUp]
    public async Task PublishASecondVersionAsync()
    {
        var xml = (await File.ReadAllTextAsync(TestApp.TestBpmnPath))
            .Replace("camunda:candidateGroups=\"finance\"", "camunda:candidateGroups=\"finance,bureau\"", StringComparison.Ordinal)
            .Replace("<bpmn:outgoing>toEnd</bpmn:outgoing>", "<bpmn:outgoing>toArchive</bpmn:outgoing>", StringComparison.Ordinal)
            .Replace("<bpmn:incoming>toEnd</bpmn:incoming>", "<bpmn:incoming>archived</bpmn:incoming>", StringComparison.Ordinal)
            .Replace("<bpmn:sequenceFlow id=\"toEnd\" sourceRef=\"review\" targetRef=\"end\" />",
                """
                <bpmn:userTask id="archive" name="归档" camunda:candidateGroups="bureau"><bpmn:incoming>toArchive</bpmn:incoming><bpmn:outgoing>archived</bpmn:outgoing></bpmn:userTask>
                <bpmn:sequenceFlow id="toArchive" sourceRef="review" targetRef="archive" />
                <bpmn:sequenceFlow id="archived" sourceRef="archive" targetRef="end" />
                """, StringComparison.Ordinal);
        var bureau = await SignInAsync("bureau");
        await bureau.PostAsync("/api/definitions/host-test/drafts", new StringContent(xml, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/host-test/versions/2/publish", null).EnsureSuccessAsync();
    }

    [Test]
    public async Task ShouldListTheElementsAddedAndRemoved()
    {
        var diff = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>("/api/definitions/host-test/diff?from=1&to=2");

        Assert.That(Ids(diff, "added"), Is.EquivalentTo(new[] { "archive", "toArchive", "archived" }));
        Assert.That(Ids(diff, "removed"), Is.EquivalentTo(new[] { "toEnd" }));
    }

    [Test]
    public async Task ShouldListAChangedElementWithItsOldAndNewProperty()
    {
        var diff = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>("/api/definitions/host-test/diff?from=1&to=2");

        var review = diff.GetProperty("changed").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "review");
        var change = review.GetProperty("changes").EnumerateArray().Single();
        Assert.That((change.GetProperty("name").GetString(), change.GetProperty("from").GetString(), change.GetProperty("to").GetString()),
            Is.EqualTo(("camunda:candidateGroups", "finance", "finance,bureau")));
        Assert.That(Ids(diff, "changed"), Does.Not.Contain("fill"));
    }

    [Test]
    public async Task ShouldFindNothingBetweenAVersionAndItself()
    {
        var diff = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>("/api/definitions/host-test/diff?from=2&to=2");

        Assert.That(Ids(diff, "added").Concat(Ids(diff, "removed")).Concat(Ids(diff, "changed")), Is.Empty);
    }

    [Test]
    public async Task ShouldAnswer404ForAnUnknownVersion()
    {
        var response = await (await SignInAsync("bureau")).GetAsync("/api/definitions/host-test/diff?from=1&to=9");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ShouldAnswer400WithoutTheVersionsToCompare()
    {
        var response = await (await SignInAsync("bureau")).GetAsync("/api/definitions/host-test/diff?from=1");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task ShouldCompareThePublishedVersionWithTheSavedDraft()
    {
        var bureau = await SignInAsync("bureau");
        var published = await bureau.GetStringAsync("/api/definitions/host-test/versions/2/xml");
        var draft = published.Replace("id=\"archive\" name=\"归档\"", "id=\"archive\" name=\"存档\"", StringComparison.Ordinal);
        Assert.That(draft, Is.Not.EqualTo(published));
        await bureau.PostAsync("/api/definitions/host-test/drafts", new StringContent(draft, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        try
        {
            var diff = await bureau.GetFromJsonAsync<JsonElement>("/api/definitions/host-test/diff?from=2&to=draft");

            Assert.That(diff.GetProperty("to").ValueKind, Is.EqualTo(JsonValueKind.Null));
            var archive = diff.GetProperty("changed").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "archive");
            var change = archive.GetProperty("changes").EnumerateArray().Single();
            Assert.That((change.GetProperty("name").GetString(), change.GetProperty("from").GetString(), change.GetProperty("to").GetString()),
                Is.EqualTo(("name", "归档", "存档")));
            Assert.That(Ids(diff, "added").Concat(Ids(diff, "removed")), Is.Empty);
        }
        finally
        {
            await bureau.DeleteAsync("/api/definitions/host-test/drafts");
        }
    }

    [Test]
    public async Task ShouldAnswer404ForTheDraftOfAKeyWithoutOne()
    {
        var response = await (await SignInAsync("bureau")).GetAsync("/api/definitions/host-test/diff?from=1&to=draft");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ShouldAnswer400KeyedByTheSideThatIsNeitherAVersionNorTheDraft()
    {
        var response = await (await SignInAsync("bureau")).GetAsync("/api/definitions/host-test/diff?from=latest&to=2");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("errors").TryGetProperty("from", out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task ShouldForbidTheDiffToAClerk()
    {
        var response = await (await SignInAsync("dept-a")).GetAsync("/api/definitions/host-test/diff?from=1&to=2");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static IEnumerable<string?> Ids(JsonElement diff, string part) =>
        diff.GetProperty(part).EnumerateArray().Select(e => e.GetProperty("id").GetString());
}
