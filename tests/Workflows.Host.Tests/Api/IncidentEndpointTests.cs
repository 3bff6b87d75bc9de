using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Engine.Execution;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence;
using Workflows.Persistence.Incidents;
using Workflows.Persistence.Jobs;
using Workflows.Persistence.Mail;

namespace Workflows.Host.Tests.Api;

/// <summary>The operations console's incidents and jobs, as the bureau admin: a failed service task is listed with who ran into it
/// and who was told, retried, and the instance moves on; failed timer jobs run again or are resolved with a note.</summary>
public sealed class IncidentEndpointTests(string provider) : HostFixture(provider)
{
    private readonly FlakyStepTask flaky = new();

    protected override void ConfigureHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<IServiceTaskHandler>(flaky));

    [OneTimeSetUp]
    public async Task PublishIncidentProcessAsync()
    {
        var bureau = await SignInAsync("bureau");
        var xml = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Assets", "incident-test.bpmn"));
        await bureau.PostAsync("/api/definitions/incident-test/drafts", new StringContent(xml, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/incident-test/versions/1/publish", null).EnsureSuccessAsync();
    }

    [SetUp]
    public void BreakTheServiceTask() => flaky.Broken = true;

    [Test]
    public async Task ShouldListTheIncidentOfAFailedServiceTaskWithTheElementTheErrorAndWhoRanIntoIt()
    {
        var instanceId = await StartAsync("dept-a");

        var incident = await SingleIncidentAsync(instanceId);

        Assert.Multiple(() =>
        {
            Assert.That(incident.GetProperty("activityId").GetString(), Is.EqualTo("record"));
            Assert.That(incident.GetProperty("message").GetString(), Does.Contain("ledger service unavailable"));
            Assert.That(incident.GetProperty("definitionKey").GetString(), Is.EqualTo("incident-test"));
            Assert.That(incident.GetProperty("raisedBy").GetString(), Is.EqualTo("dept-a"));
            Assert.That(incident.GetProperty("resolved").GetBoolean(), Is.False);
            Assert.That(incident.GetProperty("createdAt").GetDateTimeOffset(), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(5)));
        });
    }

    [Test]
    public async Task ShouldTellTheUserWhoRanIntoTheFailureAndTheAdminsByMail()
    {
        var instanceId = await StartAsync("dept-a");
        var incident = await SingleIncidentAsync(instanceId);
        var id = incident.GetProperty("id").GetGuid();

        var keys = await ReadAsync(db => db.Set<MailOutboxMessage>().Where(m => m.IdempotencyKey.StartsWith($"incident:{id}:")).Select(m => m.IdempotencyKey).ToListAsync());

        Assert.That(keys, Is.EquivalentTo(new[] { $"incident:{id}:dept-a", $"incident:{id}:bureau" }));
        Assert.That(incident.GetProperty("notifiedUsers").EnumerateArray().Select(u => u.GetString()), Is.EquivalentTo(new[] { "dept-a", "bureau" }));
    }

    [Test]
    public async Task ShouldCountOpenIncidents()
    {
        await StartAsync("dept-a");

        var page = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>("/api/incidents?status=open");

        var open = await ReadAsync(db => db.Set<IncidentRecord>().CountAsync(i => !i.Resolved));
        Assert.That(page.GetProperty("openCount").GetInt32(), Is.EqualTo(open).And.GreaterThan(0));
        Assert.That(page.GetProperty("total").GetInt32(), Is.EqualTo(open));
    }

    [Test]
    public async Task ShouldMoveTheInstanceOnWhenARetriedStepSucceeds()
    {
        var instanceId = await StartAsync("dept-a");
        var id = (await SingleIncidentAsync(instanceId)).GetProperty("id").GetGuid();
        flaky.Broken = false;

        var response = await (await SignInAsync("bureau")).PostAsync($"/api/incidents/{id}/retry", null);

        var instance = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/instances/{instanceId}");
        var incident = await SingleIncidentAsync(instanceId, "resolved");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(instance.GetProperty("activeActivityIds").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "review" }));
            Assert.That(incident.GetProperty("resolvedBy").GetString(), Is.EqualTo("bureau"));
        });
    }

    [Test]
    public async Task ShouldLeaveOnlyResolvedIncidentsOutOfTheOpenList()
    {
        var instanceId = await StartAsync("dept-a");
        var id = (await SingleIncidentAsync(instanceId)).GetProperty("id").GetGuid();
        flaky.Broken = false;
        await (await SignInAsync("bureau")).PostAsync($"/api/incidents/{id}/retry", null).EnsureSuccessAsync();

        var open = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/incidents?status=open&instanceId={instanceId}");

        Assert.That(open.GetProperty("total").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task ShouldRefuseToRetryAResolvedIncident()
    {
        var instanceId = await StartAsync("dept-a");
        var id = (await SingleIncidentAsync(instanceId)).GetProperty("id").GetGuid();
        flaky.Broken = false;
        var bureau = await SignInAsync("bureau");
        await bureau.PostAsync($"/api/incidents/{id}/retry", null).EnsureSuccessAsync();

        var again = await bureau.PostAsync($"/api/incidents/{id}/retry", null);

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(again.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task ShouldRaiseANewIncidentWhenTheRetriedStepFailsAgain()
    {
        var instanceId = await StartAsync("dept-a");
        var id = (await SingleIncidentAsync(instanceId)).GetProperty("id").GetGuid();

        await (await SignInAsync("bureau")).PostAsync($"/api/incidents/{id}/retry", null).EnsureSuccessAsync();

        var fresh = await SingleIncidentAsync(instanceId);
        Assert.That(fresh.GetProperty("id").GetGuid(), Is.Not.EqualTo(id));
        Assert.That(fresh.GetProperty("raisedBy").GetString(), Is.EqualTo("bureau"));
    }

    [Test]
    public async Task ShouldRefuseToResolveAParkedExecutionWithoutARetry()
    {
        var instanceId = await StartAsync("dept-a");
        var id = (await SingleIncidentAsync(instanceId)).GetProperty("id").GetGuid();

        var response = await (await SignInAsync("bureau")).PostAsJsonAsync($"/api/incidents/{id}/resolve", new { note = "已手工登记" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { "incident" }));
    }

    [Test]
    public async Task ShouldAnswer404ForAnUnknownIncident()
    {
        var response = await (await SignInAsync("bureau")).PostAsync($"/api/incidents/{Guid.NewGuid()}/retry", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ShouldRejectAnUnknownStatusWithAProblemKeyedStatus()
    {
        var response = await (await SignInAsync("bureau")).GetAsync("/api/incidents?status=broken");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { "status" }));
    }

    [TestCase("GET", "/api/incidents")]
    [TestCase("POST", "/api/incidents/00000000-0000-0000-0000-000000000001/retry")]
    [TestCase("POST", "/api/incidents/00000000-0000-0000-0000-000000000001/resolve")]
    [TestCase("GET", "/api/jobs")]
    [TestCase("POST", "/api/jobs/00000000-0000-0000-0000-000000000001/retry")]
    public async Task ShouldForbidOperationsToOtherRoles(string method, string path)
    {
        foreach (var user in new[] { "dept-a", "finance" })
        {
            var response = await (await SignInAsync(user)).SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), user);
        }
    }

    [Test]
    public async Task ShouldListAFailedJobAndRunItAgainOnRetry()
    {
        var jobId = await AddFailedJobAsync();
        var bureau = await SignInAsync("bureau");
        var failed = await bureau.GetFromJsonAsync<JsonElement>("/api/jobs?status=failed");

        var response = await bureau.PostAsync($"/api/jobs/{jobId}/retry", null);

        var job = await ReadAsync(db => db.Set<JobRecord>().AsNoTracking().SingleAsync(j => j.Id == jobId));
        var incident = await ReadAsync(db => db.Set<IncidentRecord>().AsNoTracking().SingleAsync(i => i.Id == jobId));
        Assert.Multiple(() =>
        {
            Assert.That(failed.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetGuid()), Does.Contain(jobId));
            Assert.That(failed.GetProperty("counts").GetProperty("failed").GetInt32(), Is.GreaterThan(0));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(job.Status, Is.EqualTo(JobStatus.Pending));
            Assert.That(job.RetriesLeft, Is.GreaterThan(0));
            Assert.That((incident.Resolved, incident.ResolvedBy), Is.EqualTo((true, "bureau")));
        });
    }

    [Test]
    public async Task ShouldRetryAFailedJobThroughItsIncident()
    {
        var jobId = await AddFailedJobAsync();

        await (await SignInAsync("bureau")).PostAsync($"/api/incidents/{jobId}/retry", null).EnsureSuccessAsync();

        var job = await ReadAsync(db => db.Set<JobRecord>().AsNoTracking().SingleAsync(j => j.Id == jobId));
        Assert.That(job.Status, Is.EqualTo(JobStatus.Pending));
    }

    [Test]
    public async Task ShouldRefuseToRetryAJobThatHasNotFailed()
    {
        var jobId = await AddFailedJobAsync();
        var bureau = await SignInAsync("bureau");
        await bureau.PostAsync($"/api/jobs/{jobId}/retry", null).EnsureSuccessAsync();

        var again = await bureau.PostAsync($"/api/jobs/{jobId}/retry", null);

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await again.ProblemKeysAsync(), Is.EqualTo(new[] { "status" }));
    }

    [Test]
    public async Task ShouldResolveAFailedJobsIncidentWithTheAdminsNote()
    {
        var jobId = await AddFailedJobAsync();

        var response = await (await SignInAsync("bureau")).PostAsJsonAsync($"/api/incidents/{jobId}/resolve", new { note = "已电话通知部门补办" });

        var incident = await ReadAsync(db => db.Set<IncidentRecord>().AsNoTracking().SingleAsync(i => i.Id == jobId));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((incident.Resolved, incident.ResolvedBy, incident.ResolutionNote), Is.EqualTo((true, "bureau", "已电话通知部门补办")));
    }

    [Test]
    public async Task ShouldRequireANoteToResolveAnIncident()
    {
        var jobId = await AddFailedJobAsync();

        var response = await (await SignInAsync("bureau")).PostAsJsonAsync($"/api/incidents/{jobId}/resolve", new { note = " " });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { "note" }));
    }

    [Test]
    public async Task ShouldRejectAnUnknownJobStatusWithAProblemKeyedStatus()
    {
        var response = await (await SignInAsync("bureau")).GetAsync("/api/jobs?status=lost");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { "status" }));
    }

    private async Task<Guid> StartAsync(string userName)
    {
        var response = await (await SignInAsync(userName)).PostAsJsonAsync("/api/instances",
            new { definitionKey = "incident-test", businessKey = $"IT-{Guid.NewGuid():N}", variables = new { } }).EnsureSuccessAsync();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
    }

    private async Task<JsonElement> SingleIncidentAsync(Guid instanceId, string status = "open")
    {
        var page = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/incidents?status={status}&instanceId={instanceId}");
        return page.GetProperty("items").EnumerateArray().Single();
    }

    /// <summary>A timer job of a running instance whose retries are used up, with the incident its last failure raised.</summary>
    private async Task<Guid> AddFailedJobAsync()
    {
        flaky.Broken = false;
        var instanceId = await StartAsync("dept-a");
        var now = DateTimeOffset.UtcNow;
        var jobId = Guid.CreateVersion7(now);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        db.Add(new JobRecord
        {
            Id = jobId, Kind = JobKind.TaskReminder, InstanceId = instanceId, ExecutionId = Guid.NewGuid(), ActivityId = "review",
            DueAt = now.AddMinutes(-10), RetriesLeft = 0, Attempts = 3, LastError = "relay down", Status = JobStatus.Failed, CreatedAt = now.AddMinutes(-20),
        });
        db.Add(new IncidentRecord
        {
            Id = jobId, InstanceId = instanceId, ExecutionId = Guid.NewGuid(), ActivityId = "review",
            Message = "Timer job failed 3 times; last error: relay down", CreatedAt = now,
        });
        await db.SaveChangesAsync();
        return jobId;
    }

    private async Task<T> ReadAsync<T>(Func<WorkflowsDbContext, Task<T>> read)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>());
    }
}
