using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Runtime.Definitions.DeployDirectory;
using Workflows.Runtime.Tasks.GetTask;

namespace Workflows.Host.Tests.Forms;

/// <summary>
/// Forms are published like processes: a process version shows the form versions current when it was published,
/// so a new form version reaches new process versions only. Each test works on a form and a process of its own.
/// </summary>
public sealed class FormVersionTests(string provider) : ProcessFixture(provider)
{
    private sealed record Outcome(string Key, int Version, bool Published);

    [Test]
    public async Task ShouldKeepShowingTheOldFormToATaskOfAnOlderProcessVersion()
    {
        var (form, process) = await PublishFormAndProcessAsync();
        var oldTask = await StartAndFindFillTaskAsync(process);

        await PublishAsync(form, 2, SchemaWithNote(form));
        await PublishProcessAsync(process, form);

        Assert.That(FieldKeys(await FormOfTaskAsync(oldTask)), Is.EqualTo(new[] { "title", "amount" }));
    }

    [Test]
    public async Task ShouldShowTheNewFormInAProcessVersionPublishedAfterIt()
    {
        var (form, process) = await PublishFormAndProcessAsync();
        await PublishAsync(form, 2, SchemaWithNote(form));

        var version = await PublishProcessAsync(process, form);
        var newTask = await StartAndFindFillTaskAsync(process);

        Assert.That((version, FieldKeys(await FormOfTaskAsync(newTask))), Is.EqualTo((2, new[] { "title", "amount", "note" })));
    }

    [Test]
    public async Task ShouldValidateACompletionAgainstTheFormItsProcessVersionPinned()
    {
        var (form, process) = await PublishFormAndProcessAsync();
        var oldTask = await StartAndFindFillTaskAsync(process);
        await PublishAsync(form, 2, SchemaWithNote(form));
        await PublishProcessAsync(process, form);
        var newTask = await StartAndFindFillTaskAsync(process);
        var clerk = await SignInAsync("dept-a");

        var oldCompletion = await CompleteAsync(clerk, oldTask, ValidFill);
        var newCompletion = await CompleteAsync(clerk, newTask, ValidFill);

        Assert.That((oldCompletion.StatusCode, newCompletion.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.BadRequest)));
        Assert.That(await newCompletion.ProblemKeysAsync(), Is.EqualTo(new[] { "note" }));
    }

    [Test]
    public async Task ShouldGiveACompletionThePinnedFormWithoutReadingTheInstancesVariables()
    {
        var (form, process) = await PublishFormAndProcessAsync();
        var clerk = await SignInAsync("dept-a");
        var businessKey = $"FV-{Guid.NewGuid():N}";
        await clerk.PostAsJsonAsync("/api/instances", new { definitionKey = process, businessKey, variables = new { origin = "县政务服务中心" } }).EnsureSuccessAsync();
        var task = (await OpenTasksAsync(clerk, businessKey)).Single().Id;
        await PublishAsync(form, 2, SchemaWithNote(form));
        await PublishProcessAsync(process, form);

        await using var scope = App.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var forCompletion = await mediator.Send(new GetTask(task, WithVariables: false));
        var forDisplay = await mediator.Send(new GetTask(task));

        Assert.Multiple(() =>
        {
            Assert.That(FieldKeys(JsonDocument.Parse(forCompletion.FormSchema!).RootElement), Is.EqualTo(new[] { "title", "amount" }));
            Assert.That(forDisplay.FormSchema, Is.EqualTo(forCompletion.FormSchema));
            Assert.That(forCompletion.Variables, Is.Empty);
            Assert.That(forDisplay.Variables["origin"].GetString(), Is.EqualTo("县政务服务中心"));
            Assert.That(forCompletion.CandidateGroups, Is.EqualTo(forDisplay.CandidateGroups).And.Not.Empty);
        });
    }

    [Test]
    public async Task ShouldNotPinARetiredFormVersion()
    {
        var (form, process) = await PublishFormAndProcessAsync();
        await PublishAsync(form, 2, SchemaWithNote(form));
        var bureau = await SignInAsync("bureau");
        await bureau.PostAsync($"/api/forms/{form}/versions/2/retire", null).EnsureSuccessAsync();

        await PublishProcessAsync(process, form);
        var task = await StartAndFindFillTaskAsync(process);

        Assert.That(FieldKeys(await FormOfTaskAsync(task)), Is.EqualTo(new[] { "title", "amount" }));
    }

    [Test]
    public async Task ShouldListTheFormsWithTheirLatestPublishedVersionAndPendingDraft()
    {
        var (form, _) = await PublishFormAndProcessAsync();
        var bureau = await SignInAsync("bureau");
        await SaveDraftAsync(bureau, form, SchemaWithNote(form)).EnsureSuccessAsync();

        var forms = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>("/api/forms");
        var summary = forms.EnumerateArray().Single(f => f.GetProperty("key").GetString() == form);

        Assert.That((summary.GetProperty("latestPublishedVersion").GetInt32(), summary.GetProperty("hasDraft").GetBoolean()), Is.EqualTo((1, true)));
        Assert.That(forms.EnumerateArray().Select(f => f.GetProperty("key").GetString()), Does.Contain("host-test-fill"));
    }

    [Test]
    public async Task ShouldLetAClerkReadAPublishedVersionButNotTheDraft()
    {
        var (form, _) = await PublishFormAndProcessAsync();
        await SaveDraftAsync(await SignInAsync("bureau"), form, SchemaWithNote(form)).EnsureSuccessAsync();
        var clerk = await SignInAsync("dept-a");

        var published = await clerk.GetAsync($"/api/forms/{form}/versions/1");
        var draft = await clerk.GetAsync($"/api/forms/{form}/drafts");

        Assert.That((published.StatusCode, draft.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.Forbidden)));
        Assert.That(FieldKeys(await published.Content.ReadFromJsonAsync<JsonElement>()), Is.EqualTo(new[] { "title", "amount" }));
    }

    [Test]
    public async Task ShouldForbidAClerkToDraftPublishOrRetireAForm()
    {
        var (form, _) = await PublishFormAndProcessAsync();
        var clerk = await SignInAsync("dept-a");

        var draft = await SaveDraftAsync(clerk, form, SchemaWithNote(form));
        var publish = await clerk.PostAsync($"/api/forms/{form}/versions/2/publish", null);
        var retire = await clerk.PostAsync($"/api/forms/{form}/versions/1/retire", null);

        Assert.That(new[] { draft.StatusCode, publish.StatusCode, retire.StatusCode }, Is.All.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("{ \"components\": [", TestName = "ShouldRefuseASchemaThatIsNotJson")]
    [TestCase("[]", TestName = "ShouldRefuseASchemaThatIsNotAnObject")]
    [TestCase("{ \"type\": \"default\" }", TestName = "ShouldRefuseASchemaWithoutComponents")]
    [TestCase("""{ "components": [ { "type": "textfield", "key": "title" }, { "type": "number", "key": "title" } ] }""",
        TestName = "ShouldRefuseASchemaWithAKeyUsedTwice")]
    [TestCase("""{ "components": [ { "type": "textfield", "key": "a" }, { "type": "group", "components": [ { "type": "textarea", "key": "a" } ] } ] }""",
        TestName = "ShouldRefuseAKeyUsedTwiceAcrossAGroupWithoutPath")]
    [TestCase("""{ "components": [ { "type": "filepicker", "key": "upload" } ] }""", TestName = "ShouldRefuseAnUnsupportedComponentType")]
    [TestCase("""{ "components": [ { "type": "textfield", "label": "无键" } ] }""", TestName = "ShouldRefuseAnInputWithoutKey")]
    public async Task ShouldRefuseAnInvalidSchemaKeyedSchema(string schema)
    {
        var response = await SaveDraftAsync(await SignInAsync("bureau"), NewKey("invalid"), schema);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { "schema" }));
    }

    [Test]
    public async Task ShouldAcceptTheSameKeyInTwoItemsOfADynamicList()
    {
        const string schema = """
            { "components": [ { "type": "number", "key": "year" },
              { "type": "dynamiclist", "path": "budgets", "components": [ { "type": "number", "key": "year" }, { "type": "number", "key": "amount" } ] } ] }
            """;

        var response = await SaveDraftAsync(await SignInAsync("bureau"), NewKey("list"), schema);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task ShouldRefuseToPublishAProcessWhoseFormWasNeverPublished()
    {
        var form = NewKey("unpublished");
        var bureau = await SignInAsync("bureau");
        await SaveDraftAsync(bureau, form, Schema(form)).EnsureSuccessAsync();
        var process = NewKey("process");

        await SaveProcessDraftAsync(bureau, process, form);
        var response = await bureau.PostAsync($"/api/definitions/{process}/versions/1/publish", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { "formKey" }));
    }

    [Test]
    public async Task ShouldAnswer409WhenTheDraftIsPublishedUnderAStaleVersionNumber()
    {
        var (form, _) = await PublishFormAndProcessAsync();
        var bureau = await SignInAsync("bureau");
        await SaveDraftAsync(bureau, form, SchemaWithNote(form)).EnsureSuccessAsync();

        var response = await bureau.PostAsync($"/api/forms/{form}/versions/1/publish", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task ShouldRecordWhoPublishedEachVersion()
    {
        var (form, _) = await PublishFormAndProcessAsync();
        await PublishAsync(form, 2, SchemaWithNote(form));

        var versions = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/forms/{form}/versions");

        Assert.That(versions.EnumerateArray().Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("status").GetString(), v.GetProperty("publishedBy").GetString())),
            Is.EqualTo(new[] { (2, "Published", "bureau"), (1, "Published", "bureau") }));
    }

    [Test]
    public async Task ShouldDeployAChangedFormFileAsANewVersionWithANewProcessVersionShowingIt()
    {
        var form = NewKey("deployed");
        var process = NewKey("deployed-process");
        var folder = Directory.CreateDirectory(Path.Combine(DataFolder, form)).FullName;
        Directory.CreateDirectory(Path.Combine(folder, "forms"));
        await File.WriteAllTextAsync(Path.Combine(folder, "process.bpmn"), await ProcessXmlAsync(process, form));
        await File.WriteAllTextAsync(Path.Combine(folder, "forms", form + ".form"), Schema(form));
        await DeployAsync(folder);
        var oldTask = await StartAndFindFillTaskAsync(process);

        await File.WriteAllTextAsync(Path.Combine(folder, "forms", form + ".form"), SchemaWithNote(form));
        var deployed = await DeployAsync(folder);
        var newTask = await StartAndFindFillTaskAsync(process);

        Assert.That(deployed.Select(file => (file.Kind, file.Outcome.Version, file.Outcome.Published)),
            Is.EqualTo(new[] { ("definition", 2, true), ("form", 2, true) }));
        Assert.That((FieldKeys(await FormOfTaskAsync(oldTask)).Length, FieldKeys(await FormOfTaskAsync(newTask)).Length), Is.EqualTo((2, 3)));
    }

    [Test]
    public async Task ShouldDeployAnUnchangedFolderAgainWithoutNewVersions()
    {
        var form = NewKey("deployed");
        var folder = Directory.CreateDirectory(Path.Combine(DataFolder, form)).FullName;
        Directory.CreateDirectory(Path.Combine(folder, "forms"));
        await File.WriteAllTextAsync(Path.Combine(folder, "process.bpmn"), await ProcessXmlAsync(NewKey("deployed-process"), form));
        await File.WriteAllTextAsync(Path.Combine(folder, "forms", form + ".form"), Schema(form));
        await DeployAsync(folder);

        var again = await DeployAsync(folder);

        Assert.That(again.Select(file => (file.Outcome.Version, file.Outcome.Published)), Is.EqualTo(new[] { (1, false), (1, false) }));
    }

    [Test]
    public async Task ShouldDescribeTheFormEndpointsInTheOpenApiDocument()
    {
        var document = await Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        Assert.That(new[] { "/api/forms", "/api/forms/{key}/versions", "/api/forms/{key}/versions/{version}", "/api/forms/{key}/drafts",
                "/api/forms/{key}/versions/{version}/publish", "/api/forms/{key}/versions/{version}/retire" }
            .Where(path => !paths.TryGetProperty(path, out _)), Is.Empty);
    }

    private async Task<IReadOnlyList<DeployedFile>> DeployAsync(string folder)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new DeployDirectory(folder, "bureau"));
    }

    private static string NewKey(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>A new form (version 1: title and amount) and a new process (version 1) whose fill task shows it.</summary>
    private async Task<(string Form, string Process)> PublishFormAndProcessAsync()
    {
        var form = NewKey("form");
        var process = NewKey("process");
        await PublishAsync(form, 1, Schema(form));
        Assert.That(await PublishProcessAsync(process, form), Is.EqualTo(1));
        return (form, process);
    }

    private async Task PublishAsync(string form, int version, string schema)
    {
        var bureau = await SignInAsync("bureau");
        await SaveDraftAsync(bureau, form, schema).EnsureSuccessAsync();
        var published = await bureau.PostAsync($"/api/forms/{form}/versions/{version}/publish", null).EnsureSuccessAsync();
        Assert.That(await published.Content.ReadFromJsonAsync<Outcome>(), Is.EqualTo(new Outcome(form, version, true)));
    }

    /// <summary>Publishes the test process under <paramref name="process"/>, its fill task showing <paramref name="form"/>; the same XML every time.</summary>
    private async Task<int> PublishProcessAsync(string process, string form)
    {
        var bureau = await SignInAsync("bureau");
        await SaveProcessDraftAsync(bureau, process, form);
        var versions = await bureau.GetFromJsonAsync<JsonElement>($"/api/definitions/{process}/versions");
        var next = versions.EnumerateArray().Where(v => v.GetProperty("version").ValueKind == JsonValueKind.Number)
            .Select(v => v.GetProperty("version").GetInt32()).DefaultIfEmpty(0).Max() + 1;
        var published = await bureau.PostAsync($"/api/definitions/{process}/versions/{next}/publish", null).EnsureSuccessAsync();
        return (await published.Content.ReadFromJsonAsync<Outcome>())!.Version;
    }

    private static async Task SaveProcessDraftAsync(HttpClient bureau, string process, string form) =>
        await bureau.PostAsync($"/api/definitions/{process}/drafts", new StringContent(await ProcessXmlAsync(process, form), Encoding.UTF8, "application/xml"))
            .EnsureSuccessAsync();

    private static async Task<string> ProcessXmlAsync(string process, string form) =>
        (await File.ReadAllTextAsync(TestApp.TestBpmnPath))
            .Replace("process id=\"host-test\"", $"process id=\"{process}\"", StringComparison.Ordinal)
            .Replace("camunda:formKey=\"host-test-fill\"", $"camunda:formKey=\"{form}\"", StringComparison.Ordinal);

    private static Task<HttpResponseMessage> SaveDraftAsync(HttpClient client, string form, string schema) =>
        client.PostAsync($"/api/forms/{form}/drafts", new StringContent(schema, Encoding.UTF8, "application/json"));

    private async Task<Guid> StartAndFindFillTaskAsync(string process)
    {
        var clerk = await SignInAsync("dept-a");
        var businessKey = $"FV-{Guid.NewGuid():N}";
        await clerk.PostAsJsonAsync("/api/instances", new { definitionKey = process, businessKey, variables = new { } }).EnsureSuccessAsync();
        return (await OpenTasksAsync(clerk, businessKey)).Single().Id;
    }

    private async Task<JsonElement> FormOfTaskAsync(Guid taskId) =>
        (await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}")).GetProperty("formSchema");

    private static string[] FieldKeys(JsonElement schema) =>
        [.. schema.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("key").GetString()!)];

    private static string Schema(string form) => $$"""
        { "id": "{{form}}", "type": "default", "components": [
          { "id": "Field_title", "type": "textfield", "key": "title", "label": "项目名称", "validate": { "required": true } },
          { "id": "Field_amount", "type": "number", "key": "amount", "label": "预算（万元）", "validate": { "required": true, "min": 0, "max": 100 } } ] }
        """;

    private static string SchemaWithNote(string form) => $$"""
        { "id": "{{form}}", "type": "default", "components": [
          { "id": "Field_title", "type": "textfield", "key": "title", "label": "项目名称", "validate": { "required": true } },
          { "id": "Field_amount", "type": "number", "key": "amount", "label": "预算（万元）", "validate": { "required": true, "min": 0, "max": 100 } },
          { "id": "Field_note", "type": "textarea", "key": "note", "label": "说明", "validate": { "required": true } } ] }
        """;
}
