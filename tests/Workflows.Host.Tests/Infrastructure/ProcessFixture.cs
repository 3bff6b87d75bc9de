using System.Net.Http.Json;
using System.Text;

namespace Workflows.Host.Tests.Infrastructure;

/// <summary>A host with the test process published through the API by the bureau administrator.</summary>
public abstract class ProcessFixture(string provider) : HostFixture(provider)
{
    public sealed record TaskItem(Guid Id, Guid InstanceId, string ActivityId, string? Assignee, string Status);

    public sealed record TaskPage(TaskItem[] Items, int Total);

    public sealed record Started(Guid InstanceId, int Version, string Status);

    [OneTimeSetUp]
    public async Task PublishTestProcessAsync()
    {
        var bureau = await SignInAsync("bureau");
        var xml = await File.ReadAllTextAsync(TestApp.TestBpmnPath);
        await bureau.PostAsync("/api/definitions/host-test/drafts", new StringContent(xml, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/host-test/versions/1/publish", null).EnsureSuccessAsync();
    }

    /// <summary>Starts the test process as <paramref name="starter"/>; the business key tells its tasks apart.</summary>
    protected async Task<(Started Instance, string BusinessKey)> StartTestProcessAsync(HttpClient starter, object? variables = null)
    {
        var businessKey = $"HT-{Guid.NewGuid():N}";
        var response = await starter.PostAsJsonAsync("/api/instances", new { definitionKey = "host-test", businessKey, variables = variables ?? new { } })
            .EnsureSuccessAsync();
        return ((await response.Content.ReadFromJsonAsync<Started>())!, businessKey);
    }

    /// <summary>The open tasks of one instance that <paramref name="client"/> may see.</summary>
    protected static async Task<TaskItem[]> OpenTasksAsync(HttpClient client, string businessKey) =>
        (await client.GetFromJsonAsync<TaskPage>($"/api/tasks?status=open&businessKey={businessKey}"))!.Items;

    protected static Task<HttpResponseMessage> CompleteAsync(HttpClient client, Guid taskId, object variables) =>
        client.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables });

    protected static object ValidFill => new { title = "电子政务门户", amount = 50 };
}
