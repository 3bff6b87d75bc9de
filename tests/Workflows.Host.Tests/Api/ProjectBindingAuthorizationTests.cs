using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// A process bound to a project (its <c>projectId</c> variable, or a business key naming the project) is authorized
/// like the project itself: a clerk of another department can neither start it nor move it on with a message.
/// </summary>
public sealed class ProjectBindingAuthorizationTests(string provider) : HostFixture(provider)
{
    private const string MessageName = "host-test-go";

    private static readonly string MessageBpmnPath = Path.Combine(AppContext.BaseDirectory, "Assets", "message-test.bpmn");

    /// <summary>The shipped definitions, so that <c>new-project</c> runs as deployed.</summary>
    protected override string? DefinitionsPath => null;

    [OneTimeSetUp]
    public async Task PublishMessageProcessAsync()
    {
        var bureau = await SignInAsync("bureau");
        var xml = await File.ReadAllTextAsync(MessageBpmnPath);
        await bureau.PostAsync("/api/definitions/message-test/drafts", new StringContent(xml, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/message-test/versions/1/publish", null).EnsureSuccessAsync();
    }

    [Test]
    public async Task ShouldForbidAClerkToStartANewProjectProcessForAnotherDepartmentsProject()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");

        var response = await (await SignInAsync("dept-b")).PostAsJsonAsync("/api/instances",
            new { definitionKey = "new-project", businessKey = project.Code, variables = new { projectId = project.Id } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await RunningInstancesAsync(project.Code), Is.Empty);
    }

    [Test]
    public async Task ShouldLetTheLeadDepartmentStartTheNewProjectProcessForItsProject()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");

        var response = await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/instances",
            new { definitionKey = "new-project", businessKey = project.Code, variables = new { projectId = project.Id } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task ShouldForbidAClerkToBindAProcessToAnotherDepartmentsProjectByItsBusinessKey()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");

        var response = await (await SignInAsync("dept-b")).PostAsJsonAsync("/api/instances",
            new { definitionKey = "message-test", businessKey = project.Id.ToString(), variables = new { } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldRefuseToRebindAProcessToAnotherProjectWhenATaskIsCompleted()
    {
        var own = await ProjectSetup.RegisterAsync(App, "health");
        var other = await ProjectSetup.RegisterAsync(App, "education");
        var clerk = await SignInAsync("dept-b");
        var businessKey = await StartMessageProcessAsync(clerk, new { projectId = own.Id });
        await clerk.PostAsJsonAsync("/api/messages", new { name = MessageName, businessKey }).EnsureSuccessAsync();
        var task = await OpenTaskAsync(clerk, businessKey);

        var response = await clerk.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables = new { projectId = other.Id } });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(error => error.Name), Is.EqualTo(new[] { "projectId" }));
    }

    [Test]
    public async Task ShouldForbidAClerkToCorrelateAMessageIntoAnotherDepartmentsInstance()
    {
        var businessKey = await StartMessageProcessAsync(await SignInAsync("dept-a"));
        await StartMessageProcessAsync(await SignInAsync("dept-b"), businessKey: businessKey);

        var response = await (await SignInAsync("dept-b")).PostAsJsonAsync("/api/messages", new { name = MessageName, businessKey });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await OpenTaskCountAsync(await SignInAsync("dept-a"), businessKey), Is.Zero);
    }

    [Test]
    public async Task ShouldCorrelateAClerksMessageIntoTheirOwnDepartmentsInstance()
    {
        var clerk = await SignInAsync("dept-b");
        var businessKey = await StartMessageProcessAsync(clerk);

        var response = await clerk.PostAsJsonAsync("/api/messages", new { name = MessageName, businessKey });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await OpenTaskCountAsync(clerk, businessKey), Is.EqualTo(1));
    }

    private static async Task<string> StartMessageProcessAsync(HttpClient clerk, object? variables = null, string? businessKey = null)
    {
        businessKey ??= $"MT-{Guid.NewGuid():N}";
        await clerk.PostAsJsonAsync("/api/instances", new { definitionKey = "message-test", businessKey, variables = variables ?? new { } })
            .EnsureSuccessAsync();
        return businessKey;
    }

    private static async Task<Guid> OpenTaskAsync(HttpClient client, string businessKey) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/tasks?status=open&businessKey={businessKey}"))
        .GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid();

    private static async Task<int> OpenTaskCountAsync(HttpClient client, string businessKey) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/tasks?status=open&businessKey={businessKey}")).GetProperty("total").GetInt32();

    private async Task<JsonElement[]> RunningInstancesAsync(string businessKey) =>
        (await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement[]>($"/api/instances?status=running&businessKey={businessKey}"))!;
}
