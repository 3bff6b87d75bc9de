using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

/// <summary>Two bureau administrators editing one process: neither overwrites nor discards the other's work unseen
/// (409 on a stale revision), a draft can be thrown away, and what publishing would refuse (a candidate group no one
/// belongs to, a form never published) is listed when the draft is saved.</summary>
public sealed class DefinitionDraftTests(string provider) : HostFixture(provider)
{
    private static string Model(string key, string groups = "finance", string? formKey = null) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="https://jiaocheng.gov.cn/workflows/tests">
          <process id="{key}" name="草稿测试流程" isExecutable="true">
            <startEvent id="start" />
            <sequenceFlow id="toReview" sourceRef="start" targetRef="review" />
            <userTask id="review" name="审核" camunda:candidateGroups="{groups}"{(formKey is null ? "" : $" camunda:formKey=\"{formKey}\"")} />
            <sequenceFlow id="toEnd" sourceRef="review" targetRef="end" />
            <endEvent id="end" />
          </process>
        </definitions>
        """;

    [Test]
    public async Task ShouldRefuseToSaveOverADraftAnotherAdminSavedSinceTheEditorOpenedIt()
    {
        var (first, second) = (await SignInAsync("bureau"), await SecondAdminAsync());
        await first.PostAsync("/api/definitions/draft-race/drafts", Xml(Model("draft-race"))).EnsureSuccessAsync();
        var opened = await RevisionAsync(first, "draft-race");
        Assert.That(opened, Is.EqualTo(await RevisionAsync(second, "draft-race")));

        var secondSave = await SaveAsync(second, "draft-race", Model("draft-race", "bureau"), opened);
        var firstSave = await SaveAsync(first, "draft-race", Model("draft-race", "dgsc"), opened);

        Assert.That(secondSave.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(firstSave.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await ErrorKeysAsync(firstSave), Does.Contain("revision"));
        var draft = await (await first.GetAsync("/api/definitions/draft-race/drafts/xml").EnsureSuccessAsync()).Content.ReadAsStringAsync();
        Assert.That(draft, Does.Contain("camunda:candidateGroups=\"bureau\""));
    }

    [Test]
    public async Task ShouldRefuseTheSecondAdminsFirstSaveOfAKeyTheFirstAdminCreatedMeanwhile()
    {
        var (first, second) = (await SignInAsync("bureau"), await SecondAdminAsync());

        var firstSave = await SaveAsync(first, "new-race", Model("new-race", "bureau"), "0");
        var secondSave = await SaveAsync(second, "new-race", Model("new-race", "dgsc"), "0");

        Assert.That(firstSave.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(secondSave.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await ErrorKeysAsync(secondSave), Does.Contain("revision"));
        var draft = await (await first.GetAsync("/api/definitions/new-race/drafts/xml").EnsureSuccessAsync()).Content.ReadAsStringAsync();
        Assert.That(draft, Does.Contain("camunda:candidateGroups=\"bureau\""));
    }

    [Test]
    public async Task ShouldLetOnlyOneOfTwoAdminsCreatingTheSameKeyAtOnceSaveIt()
    {
        var (first, second) = (await SignInAsync("bureau"), await SecondAdminAsync());

        var saves = await Task.WhenAll(
            SaveAsync(first, "new-race-at-once", Model("new-race-at-once", "bureau"), "0"),
            SaveAsync(second, "new-race-at-once", Model("new-race-at-once", "dgsc"), "0"));

        Assert.That(saves.Select(save => save.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.That(await ErrorKeysAsync(saves.Single(save => save.StatusCode == HttpStatusCode.Conflict)), Does.Contain("revision"));
        var versions = await (await first.GetAsync("/api/definitions/new-race-at-once/versions").EnsureSuccessAsync()).Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(versions.GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldRefuseToSaveTheDraftWhenAnotherAdminPublishedSinceTheEditorOpenedIt()
    {
        var (first, second) = (await SignInAsync("bureau"), await SecondAdminAsync());
        await first.PostAsync("/api/definitions/publish-race/drafts", Xml(Model("publish-race"))).EnsureSuccessAsync();
        var opened = await RevisionAsync(first, "publish-race");
        await second.PostAsync("/api/definitions/publish-race/versions/1/publish", null).EnsureSuccessAsync();

        var response = await SaveAsync(first, "publish-race", Model("publish-race", "dgsc"), opened);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await ErrorKeysAsync(response), Does.Contain("revision"));
    }

    [Test]
    public async Task ShouldSaveAgainWithTheRevisionTheLastSaveAnswered()
    {
        var bureau = await SignInAsync("bureau");
        var first = await SaveAsync(bureau, "draft-resave", Model("draft-resave"), await RevisionAsync(bureau, "draft-resave"));
        var revision = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetString()!;

        var second = await SaveAsync(bureau, "draft-resave", Model("draft-resave", "bureau"), revision);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(second.Headers.ETag?.Tag, Is.EqualTo($"\"{(await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetString()}\""));
    }

    [Test]
    public async Task ShouldDiscardTheDraftAndKeepThePublishedVersion()
    {
        var bureau = await SignInAsync("bureau");
        await bureau.PostAsync("/api/definitions/draft-discard/drafts", Xml(Model("draft-discard"))).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/draft-discard/versions/1/publish", null).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/draft-discard/drafts", Xml(Model("draft-discard", "bureau"))).EnsureSuccessAsync();

        var response = await DiscardAsync(bureau, "draft-discard", await RevisionAsync(bureau, "draft-discard"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var versions = await (await bureau.GetAsync("/api/definitions/draft-discard/versions").EnsureSuccessAsync()).Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(versions.EnumerateArray().Select(version => version.GetProperty("version").ToString()), Is.EqualTo(new[] { "1" }));
        Assert.That((await bureau.GetAsync("/api/definitions/draft-discard/drafts/xml")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await DiscardAsync(bureau, "draft-discard", null)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ShouldRefuseToDiscardADraftAnotherAdminSavedSinceTheEditorOpenedIt()
    {
        var (first, second) = (await SignInAsync("bureau"), await SecondAdminAsync());
        await first.PostAsync("/api/definitions/discard-race/drafts", Xml(Model("discard-race"))).EnsureSuccessAsync();
        var opened = await RevisionAsync(first, "discard-race");
        await SaveAsync(second, "discard-race", Model("discard-race", "bureau"), opened);

        var response = await DiscardAsync(first, "discard-race", opened);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await first.GetAsync("/api/definitions/discard-race/drafts/xml")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldForbidTheDiscardToAClerk()
    {
        await (await SignInAsync("bureau")).PostAsync("/api/definitions/draft-forbidden/drafts", Xml(Model("draft-forbidden"))).EnsureSuccessAsync();

        var response = await (await SignInAsync("dept-a")).DeleteAsync("/api/definitions/draft-forbidden/drafts");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldListACandidateGroupNoOneBelongsToAsAProblemOfTheDraftAndRefuseToPublishIt()
    {
        var bureau = await SignInAsync("bureau");

        var saved = await bureau.PostAsync("/api/definitions/unknown-group/drafts", Xml(Model("unknown-group", "finance,treasury"))).EnsureSuccessAsync();
        var publish = await bureau.PostAsync("/api/definitions/unknown-group/versions/1/publish", null);

        var problems = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.Contain("review").And.Contain("treasury"));
        Assert.That(publish.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ErrorKeysAsync(publish), Is.EqualTo(new[] { "candidateGroups" }));
    }

    [Test]
    public async Task ShouldListAFormWithoutPublishedVersionAsAProblemOfTheDraft()
    {
        var bureau = await SignInAsync("bureau");

        var saved = await bureau.PostAsync("/api/definitions/unknown-form/drafts", Xml(Model("unknown-form", formKey: "no-such-form"))).EnsureSuccessAsync();
        var publish = await bureau.PostAsync("/api/definitions/unknown-form/versions/1/publish", null);

        var problems = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.Contain("no-such-form"));
        Assert.That(await ErrorKeysAsync(publish), Is.EqualTo(new[] { "formKey" }));
    }

    [Test]
    public async Task ShouldAnswerTheValidationWithTheProblemsPublishingWouldKeyForUnknownGroupsAndForms()
    {
        var response = await (await SignInAsync("bureau")).PostAsync("/api/definitions/validate",
            Xml(Model("validate-references", "finance,treasury", formKey: "no-such-form")));

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(result.GetProperty("valid").GetBoolean(), Is.False);
        Assert.That(result.GetProperty("errors").EnumerateObject().Select(error => error.Name), Is.EquivalentTo(new[] { "candidateGroups", "formKey" }));
        Assert.That(result.GetProperty("problems").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public async Task ShouldListTheRegisteredHandlersWithThePublishedTasksThatRunThem()
    {
        var bureau = await SignInAsync("bureau");
        var model = Model("handler-use").Replace("""<userTask id="review" name="审核" camunda:candidateGroups="finance" />""",
            """<serviceTask id="record" name="记录合同签订" camunda:delegateExpression="${recordContractSigned}" />""", StringComparison.Ordinal)
            .Replace("\"review\"", "\"record\"", StringComparison.Ordinal);
        await bureau.PostAsync("/api/definitions/handler-use/drafts", Xml(model)).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/handler-use/versions/1/publish", null).EnsureSuccessAsync();

        var response = await bureau.GetAsync("/api/definitions/handlers").EnsureSuccessAsync();

        var handlers = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        var contract = handlers.Single(handler => handler.GetProperty("name").GetString() == "recordContractSigned");
        Assert.That(contract.GetProperty("usedBy").EnumerateArray().Select(use => use.GetString()), Does.Contain("handler-use: 记录合同签订"));
        Assert.That(handlers.Select(handler => handler.GetProperty("name").GetString()), Is.Ordered.Using((IComparer<string?>)StringComparer.Ordinal));
        Assert.That((await (await SignInAsync("finance")).GetAsync("/api/definitions/handlers")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldListThePartiesAsTheCandidateGroupsToAdminsOnly()
    {
        var response = await (await SignInAsync("bureau")).GetAsync("/api/definitions/candidate-groups").EnsureSuccessAsync();
        var forbidden = await (await SignInAsync("finance")).GetAsync("/api/definitions/candidate-groups");

        var groups = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("groups").EnumerateArray().Select(g => g.GetString());
        Assert.That(groups, Is.EquivalentTo(new[] { "bureau", "approval-bureau", "finance", "dgsc", "county-government", "department", "township" }));
        Assert.That(forbidden.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task<HttpClient> SecondAdminAsync()
    {
        var bureau = await SignInAsync("bureau");
        var exists = (await bureau.GetFromJsonAsync<JsonElement>("/api/admin/users")).EnumerateArray().Any(user => user.GetProperty("userName").GetString() == "admin-b");
        if (!exists)
        {
            await bureau.PostAsJsonAsync("/api/admin/users",
                new { userName = "admin-b", displayName = "第二管理员", password = TestApp.DemoPassword, departmentCode = (string?)null, roles = new[] { "admin" } })
                .EnsureSuccessAsync();
        }

        return await SignInAsync("admin-b");
    }

    private static StringContent Xml(string xml) => new(xml, Encoding.UTF8, "application/xml");

    private static async Task<string> RevisionAsync(HttpClient client, string key)
    {
        var response = await client.GetAsync($"/api/definitions/{key}/versions");
        return response.StatusCode == HttpStatusCode.NotFound ? "0-none" : response.EnsureSuccessStatusCode().Headers.ETag!.Tag.Trim('"');
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, string key, string xml, string revision)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/definitions/{key}/drafts") { Content = Xml(xml) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{revision}\""));
        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> DiscardAsync(HttpClient client, string key, string? revision)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/definitions/{key}/drafts");
        if (revision is not null)
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{revision}\""));
        return client.SendAsync(request);
    }

    private static async Task<IReadOnlyList<string>> ErrorKeysAsync(HttpResponseMessage response) =>
        [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(error => error.Name)];
}
