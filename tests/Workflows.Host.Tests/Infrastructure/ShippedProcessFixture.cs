using System.Net;
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
        await App.Services.GetRequiredService<TimerJobRunner>().FireDueAsync(CancellationToken.None);
        // The host's own timer poll may have taken the job first: wait for whichever worker fired it to commit.
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

    /// <summary>Starts a project-bound process for <paramref name="projectId"/> (business key = the project id) with more variables.</summary>
    protected static async Task<Guid> StartAsync(HttpClient starter, string definitionKey, Guid projectId, object? variables = null)
    {
        var all = JsonSerializer.SerializeToElement(variables ?? new { }).EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        all["projectId"] = JsonSerializer.SerializeToElement(projectId);
        var response = await starter.PostAsJsonAsync("/api/instances", new { definitionKey, businessKey = projectId.ToString(), variables = all })
            .EnsureSuccessAsync();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
    }

    /// <summary>The one open task of <paramref name="activityId"/> for the project that <paramref name="client"/> sees.</summary>
    protected static async Task<Guid> TaskAsync(HttpClient client, Guid projectId, string activityId)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/tasks?status=open&businessKey={projectId}");
        var ids = page.GetProperty("items").EnumerateArray()
            .Where(task => task.GetProperty("activityId").GetString() == activityId).Select(task => task.GetProperty("id").GetGuid()).ToList();
        Assert.That(ids, Has.Count.EqualTo(1), $"open {activityId} tasks of project {projectId}");
        return ids[0];
    }

    /// <summary>Where the project's running instances wait (the bureau sees every instance).</summary>
    protected async Task<string[]> OpenActivitiesAsync(Guid projectId)
    {
        var bureau = await SignInAsync("bureau");
        var instances = await bureau.GetFromJsonAsync<JsonElement>($"/api/instances?businessKey={projectId}&status=running");
        var waits = new List<string>();
        foreach (var instance in instances.EnumerateArray())
        {
            var details = await bureau.GetFromJsonAsync<JsonElement>($"/api/instances/{instance.GetProperty("id").GetGuid()}");
            waits.AddRange(details.GetProperty("activeActivityIds").EnumerateArray().Select(id => id.GetString()!));
        }

        return [.. waits.Order()];
    }

    protected static Task<HttpResponseMessage> CompleteAsync(HttpClient client, Guid taskId, object variables) =>
        client.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables });

    /// <summary>Completes the project's open <paramref name="activityId"/> task as <paramref name="userName"/>; it must succeed.</summary>
    protected async Task CompleteAsync(string userName, Guid projectId, string activityId, object variables)
    {
        var client = await SignInAsync(userName);
        await CompleteAsync(client, await TaskAsync(client, projectId, activityId), variables).EnsureSuccessAsync();
    }

    /// <summary>Sets the language of <paramref name="userName"/>'s mails (<c>en</c>, <c>zh-CN</c>; null for the default).</summary>
    protected Task PreferLanguageAsync(string userName, string? language) =>
        ReadAsync(db => db.Users.Where(u => u.UserName == userName).ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredLanguage, language)));

    /// <summary>The variables the task page fills the task's form with, read by the role holding the task.</summary>
    protected async Task<JsonElement> FormDataAsync(string userName, Guid projectId, string activityId)
    {
        var client = await SignInAsync(userName);
        var task = await client.GetFromJsonAsync<JsonElement>($"/api/tasks/{await TaskAsync(client, projectId, activityId)}");
        return task.GetProperty("variables");
    }

    /// <summary>A variable of <see cref="FormDataAsync"/> as text; null when absent or null.</summary>
    protected static string? Answer(JsonElement variables, string name) =>
        variables.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) ? value.ToString() : null;

    protected async Task<JsonElement> ProjectAsync(Guid projectId, string userName = "bureau") =>
        await (await SignInAsync(userName)).GetFromJsonAsync<JsonElement>($"/api/projects/{projectId}");

    protected static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.That(response.StatusCode, Is.EqualTo(status), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected static string[] ErrorKeys(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).Order()];

    // The new-project path, phase by phase, as the roles of the BPMN.
    protected Task ApplyAsync(Guid projectId) =>
        CompleteAsync("dept-a", projectId, "prepareApplication", new { applicationNote = "申请立项", contactPerson = "张三", contactPhone = "0358-1234567" });

    /// <summary>The approval bureau confirms the plan and scale the applicant declared (arts. 11, 14).</summary>
    protected async Task MaterialReviewAsync(Guid projectId, string decision)
    {
        var declared = await ProjectAsync(projectId);
        await CompleteAsync("approval", projectId, "materialReview", new
        {
            materialDecision = decision,
            annualPlanStatus = declared.GetProperty("inAnnualPlan").GetBoolean() ? "in-plan" : "outside-plan",
            projectScale = declared.GetProperty("major").GetBoolean() ? "major" : "ordinary",
            materialOpinion = "初步设计不完整，请补正",
        });
    }

    protected Task TechnicalReviewAsync(Guid projectId, string decision) =>
        CompleteAsync("dgsc", projectId, "technicalReview", new { technicalDecision = decision, technicalOpinion = "技术方案需调整" });

    protected Task BureauReviewAsync(Guid projectId, string decision) =>
        CompleteAsync("bureau", projectId, "bureauReview", new
        {
            needReasonable = true, intensiveConstruction = true, planFeasible = true, budgetReasonable = true, performanceTargetsReasonable = true,
            reviewDecision = decision, reviewOpinion = "预算偏高，请调整",
        });

    protected Task ResubmitAsync(Guid projectId, string note = "已按意见修改") =>
        CompleteAsync("dept-a", projectId, "reviseApplication", new { revisionNote = note });

    /// <summary>The application as <c>GET /api/projects/{id}</c> gives it, to send back changed with <c>PUT</c>.</summary>
    protected async Task<Dictionary<string, object?>> ApplicationAsync(Guid projectId)
    {
        var application = (await ProjectAsync(projectId)).GetProperty("application");
        return application.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
    }

    protected async Task<HttpResponseMessage> ReviseAsync(string userName, Guid projectId, Dictionary<string, object?> application) =>
        await (await SignInAsync(userName)).PutAsJsonAsync($"/api/projects/{projectId}", application);
}
