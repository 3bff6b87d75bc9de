using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

public sealed class DefinitionAuthorizationTests(string provider) : ProcessFixture(provider)
{
    [TestCase("dept-a")]
    [TestCase("finance")]
    public async Task ShouldForbidNonAdministratorsToSaveADraft(string userName)
    {
        var response = await (await SignInAsync(userName)).PostAsync("/api/definitions/host-test/drafts", Xml(await File.ReadAllTextAsync(TestApp.TestBpmnPath)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldForbidNonAdministratorsToPublish()
    {
        var response = await (await SignInAsync("approval")).PostAsync("/api/definitions/host-test/versions/2/publish", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldListThePublishedVersionToEveryone()
    {
        var versions = await (await SignInAsync("dept-b")).GetFromJsonAsync<JsonElement[]>("/api/definitions/host-test/versions");

        Assert.That(versions!.Select(version => version.GetProperty("version").ValueKind == JsonValueKind.Number ? version.GetProperty("version").GetInt32() : 0),
            Does.Contain(1));
    }

    [Test]
    public async Task ShouldServeTheXmlOfAVersion()
    {
        var response = await (await SignInAsync("dept-b")).GetAsync("/api/definitions/host-test/versions/1/xml");

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/xml"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("id=\"host-test\""));
    }

    [Test]
    public async Task ShouldReportProblemsOfMalformedXmlWithoutFailing()
    {
        var response = await (await SignInAsync("bureau")).PostAsync("/api/definitions/validate", Xml("<bpmn:definitions"));
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(result.GetProperty("valid").GetBoolean(), Is.False);
    }

    [Test]
    public async Task ShouldAnswer409WhenPublishingUnderAStaleVersionNumber()
    {
        var response = await (await SignInAsync("bureau")).PostAsync("/api/definitions/host-test/versions/1/publish", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task ShouldAnswer404ForAnUnknownDefinition()
    {
        var response = await (await SignInAsync("bureau")).GetAsync("/api/definitions/no-such-process/versions");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static StringContent Xml(string xml) => new(xml, Encoding.UTF8, "application/xml");
}
