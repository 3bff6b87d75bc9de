using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence;
using Workflows.Persistence.Mail;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// What the journeys of the project-bound paths (arts. 11, 20, 28) check beside the page: the instance's open task at an
/// activity as a user sees it, the API as a given user, and who was mailed about a task (the outbox the .eml files are
/// written from).
/// </summary>
public sealed class PathJourney(TestApp app)
{
    /// <summary>The id of the instance of <paramref name="definitionKey"/> running for the project.</summary>
    public async Task<Guid> InstanceAsync(Guid projectId, string definitionKey)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        return await db.Instances.AsNoTracking()
            .Where(i => i.BusinessKey == projectId.ToString() && i.DefinitionKey == definitionKey)
            .OrderByDescending(i => i.StartedAt).Select(i => i.Id).FirstAsync();
    }

    /// <summary>Starts the process for the project as <paramref name="userName"/> through the API; the instance id.</summary>
    public async Task<Guid> StartAsync(Guid projectId, string definitionKey, string userName)
    {
        using var client = await ClientAsync(userName);
        var response = await client.PostAsJsonAsync("/api/instances", new { definitionKey, variables = new { projectId } });
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
    }

    /// <summary>The open task of the instance at <paramref name="activityId"/>, waiting for the engine to reach it.</summary>
    public async Task<Guid> TaskAtAsync(Guid instanceId, string activityId, string userName)
    {
        using var client = await ClientAsync(userName);
        Guid? found = null;
        await Eventually.HoldsAsync(async () =>
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/api/tasks?status=open&take=500");
            found = page.GetProperty("items").EnumerateArray()
                .Where(t => t.GetProperty("instanceId").GetGuid() == instanceId && t.GetProperty("activityId").GetString() == activityId)
                .Select(t => (Guid?)t.GetProperty("id").GetGuid()).FirstOrDefault();
            return found is not null;
        });
        return found!.Value;
    }

    public async Task<string[]> ActiveActivitiesAsync(Guid instanceId)
    {
        using var client = await ClientAsync("bureau");
        var instance = await client.GetFromJsonAsync<JsonElement>($"/api/instances/{instanceId}");
        return [.. instance.GetProperty("activeActivityIds").EnumerateArray().Select(a => a.GetString()!)];
    }

    public async Task<string> InstanceStatusAsync(Guid instanceId)
    {
        using var client = await ClientAsync("bureau");
        var instance = await client.GetFromJsonAsync<JsonElement>($"/api/instances/{instanceId}");
        return instance.GetProperty("status").GetString()!;
    }

    public async Task<HttpResponseMessage> CompleteAsync(Guid taskId, string userName, object variables)
    {
        using var client = await ClientAsync(userName);
        return await client.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables });
    }

    public async Task<JsonElement> ProjectAsync(Guid projectId)
    {
        using var client = await ClientAsync("bureau");
        return await client.GetFromJsonAsync<JsonElement>($"/api/projects/{projectId}");
    }

    /// <summary>The user names mailed that the task was created for them.</summary>
    public async Task<string[]> MailedAboutAsync(Guid taskId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var prefix = $"task-created:{taskId}:";
        var keys = await db.Set<MailOutboxMessage>().AsNoTracking().Where(m => m.IdempotencyKey.StartsWith(prefix))
            .Select(m => m.IdempotencyKey).ToListAsync();
        return [.. keys.Select(k => k[prefix.Length..]).Order()];
    }

    public async Task<HttpClient> ClientAsync(string userName)
    {
        var client = app.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = TestApp.DemoPassword });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
