using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Timers;

namespace Workflows.Host.Tests.Infrastructure;

/// <summary>
/// The host with the shipped <c>workflows/</c> on a fake clock: tests start the five paths and complete their tasks
/// through the API as the demo users, and let timers fall due by moving the clock.
/// </summary>
public abstract class ShippedProcessFixture(string provider) : HostFixture(provider)
{
    public sealed record OpenTask(Guid Id, Guid InstanceId, string ActivityId, string DefinitionKey, DateTimeOffset? DueAt);

    private sealed record TaskPage(OpenTask[] Items, int Total);

    private sealed record StartedBody(Guid InstanceId);

    protected override string? DefinitionsPath => null;

    protected override bool UsesFakeTime => true;

    /// <summary>Starts <paramref name="definitionKey"/> for the project, keyed by its id, as <paramref name="starter"/>.</summary>
    protected static async Task<Guid> StartAsync(HttpClient starter, string definitionKey, Guid projectId, string departmentCode)
    {
        var response = await starter.PostAsJsonAsync("/api/instances", new
        {
            definitionKey, businessKey = projectId.ToString(), variables = new { projectId = projectId.ToString(), departmentCode },
        }).EnsureSuccessAsync();
        return (await response.Content.ReadFromJsonAsync<StartedBody>())!.InstanceId;
    }

    /// <summary>The open tasks of the project's processes that <paramref name="client"/> may see.</summary>
    protected static async Task<OpenTask[]> OpenTasksAsync(HttpClient client, Guid projectId) =>
        (await client.GetFromJsonAsync<TaskPage>($"/api/tasks?status=open&businessKey={projectId}&take=200"))!.Items;

    /// <summary>Completes the one open task at <paramref name="activityId"/> that <paramref name="client"/> sees; the answer as it came.</summary>
    protected static async Task<HttpResponseMessage> TryCompleteAsync(HttpClient client, Guid projectId, string activityId, object variables)
    {
        var open = await OpenTasksAsync(client, projectId);
        var task = open.SingleOrDefault(t => t.ActivityId == activityId);
        Assert.That(task, Is.Not.Null, $"no open task '{activityId}' for this user; open: {string.Join(", ", open.Select(t => t.ActivityId))}");
        return await client.PostAsJsonAsync($"/api/tasks/{task!.Id}/complete", new { variables });
    }

    protected static Task CompleteAsync(HttpClient client, Guid projectId, string activityId, object variables) =>
        TryCompleteAsync(client, projectId, activityId, variables).EnsureSuccessAsync();

    /// <summary>Moves the clock just past the pending timer at <paramref name="activityId"/> and fires it as the timer worker does.</summary>
    protected async Task FireTimerAsync(Guid instanceId, string activityId)
    {
        var job = await ReadAsync(db => db.Set<JobRecord>().AsNoTracking()
            .SingleAsync(j => j.InstanceId == instanceId && j.ActivityId == activityId && j.Status == JobStatus.Pending));
        Time.SetUtcNow(job.DueAt.AddSeconds(1));
        // The demo users' tokens ran out on the way.
        ForgetTokens();
        await using (var scope = App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<TimerJobRunner>().RunAsync(job.Id, CancellationToken.None);
        // The host's own sweep may have taken the job first: wait for whichever worker fired it to commit.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await ReadAsync(db => db.Set<JobRecord>().AsNoTracking().AnyAsync(j => j.Id == job.Id && j.Status != JobStatus.Pending)))
                return;
            await Task.Delay(100);
        }
        Assert.Fail($"the timer {activityId} did not fire");
    }

    protected async Task<T> ReadAsync<T>(Func<WorkflowsDbContext, Task<T>> read)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>());
    }

    /// <summary>The project page's data as <paramref name="client"/> sees it.</summary>
    protected static async Task<JsonElement> ProjectAsync(HttpClient client, Guid projectId) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/projects/{projectId}");
}
