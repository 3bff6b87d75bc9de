using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Domain;
using Workflows.Projects.Supervision.Deadlines;

namespace Workflows.Host.Tests.Supervision;

/// <summary>
/// Art. 28 (无合理原因拖延不验收): once a project's planned completion date passes without completion acceptance, the daily
/// check tells the bureau, which may order a rectification prefilled for the project, on a fake clock.
/// </summary>
public sealed class DelayedAcceptanceTests(string provider) : DeadlineFixture(provider)
{
    private static readonly DateOnly PlannedCompletion = new(2026, 6, 30);

    [Test]
    public async Task ShouldTellTheBureauOnceWhenThePlannedCompletionPassesWithoutAcceptance()
    {
        var projectId = await StartBudgetedProjectAsync();
        SetClock(BeijingTime(2026, 6, 30, 18));
        await RunCheckAsync();
        Assert.That(await DelaysOfAsync(projectId), Is.Empty, "the planned day itself is not yet late");

        SetClock(BeijingTime(2026, 7, 1, 8, 30));
        await RunCheckAsync();
        await RunCheckAsync();

        var delay = (await DelaysOfAsync(projectId)).Single();
        Assert.Multiple(async () =>
        {
            Assert.That(delay.GetProperty("plannedCompletion").GetString(), Is.EqualTo("2026-06-30"));
            Assert.That(delay.GetProperty("departmentCode").GetString(), Is.EqualTo(Department));
            Assert.That(delay.GetProperty("rectificationReason").GetString(), Is.EqualTo("DelayedAcceptance"));
            Assert.That((await OutboxKeysAsync()).Count(key => key.StartsWith($"escalation:{delay.GetProperty("id").GetGuid()}:")), Is.EqualTo(1),
                "one mail to the bureau's member, however often the check runs");
            Assert.That(await HistoryAsync(projectId), Has.One.Contains("2026-06-30"));
        });
    }

    [Test]
    public async Task ShouldStartARectificationOrderPrefilledForTheProjectFromTheNotice()
    {
        var projectId = await StartBudgetedProjectAsync();
        var delay = await LapseAsync(projectId);
        var bureau = await SignInAsync("bureau");

        var response = await bureau.PostAsync($"/api/supervision/acceptance-delays/{delay.GetProperty("id").GetGuid()}/rectification-order", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var order = await TaskAsync(projectId, "issueOrder", "bureau");
        var variables = (await bureau.GetFromJsonAsync<JsonElement>($"/api/tasks/{order.Id}")).GetProperty("variables");
        Assert.Multiple(() =>
        {
            Assert.That(variables.GetProperty("rectificationReason").GetString(), Is.EqualTo("DelayedAcceptance"));
            Assert.That(variables.GetProperty("rectificationDescription").GetString(), Does.Contain("2026-06-30"));
            Assert.That(variables.GetProperty("departmentCode").GetString(), Is.EqualTo(Department));
            Assert.That(variables.GetProperty("projectId").GetString(), Is.EqualTo(projectId.ToString()));
        });
    }

    [Test]
    public async Task ShouldRefuseASecondOrderFromTheSameNotice()
    {
        var projectId = await StartBudgetedProjectAsync();
        var delay = await LapseAsync(projectId);
        var bureau = await SignInAsync("bureau");
        var url = $"/api/supervision/acceptance-delays/{delay.GetProperty("id").GetGuid()}/rectification-order";
        await bureau.PostAsync(url, null).EnsureSuccessAsync();

        var second = await bureau.PostAsync(url, null);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var listed = (await DelaysOfAsync(projectId)).Single();
        Assert.That(listed.GetProperty("rectificationInstanceId").ValueKind, Is.EqualTo(JsonValueKind.String));
    }

    [Test]
    public async Task ShouldTellTheBureauAgainWhenTheDateAChangeRequestSetPassesToo()
    {
        var projectId = await StartBudgetedProjectAsync();
        var first = await LapseAsync(projectId);
        await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/instances", new
        {
            definitionKey = "change-request", businessKey = projectId.ToString(), variables = new { departmentCode = Department, projectId },
        }).EnsureSuccessAsync();
        await CompleteAsync(projectId, "stateChange", "dept-a", new { changeReason = "设备延期到货", newPlannedCompletion = "2026-08-31" });
        Assert.That(await DelaysOfAsync(projectId), Is.Empty, "the new date has not passed yet");

        SetClock(BeijingTime(2026, 9, 1, 9));
        await RunCheckAsync();

        var second = (await DelaysOfAsync(projectId)).Single();
        Assert.That((second.GetProperty("plannedCompletion").GetString(), second.GetProperty("id").GetGuid() == first.GetProperty("id").GetGuid()),
            Is.EqualTo(("2026-08-31", false)));
    }

    [Test]
    public async Task ShouldNotTellTheBureauOfAProjectAcceptedInTime()
    {
        var projectId = await StartBudgetedProjectAsync();
        await BuildAsync(projectId);
        SetClock(BeijingTime(2026, 6, 29));
        await AcceptAsync(projectId, "pass", "2026-06-29").EnsureSuccessAsync();

        SetClock(BeijingTime(2026, 7, 2));
        await RunCheckAsync();

        Assert.That(await DelaysOfAsync(projectId), Is.Empty);
        Assert.That(await HistoryAsync(projectId), Has.None.Contains("仍未竣工验收"));
    }

    [Test]
    public async Task ShouldDropTheDelayOnceTheProjectIsAcceptedLate()
    {
        var projectId = await StartBudgetedProjectAsync();
        await BuildAsync(projectId);
        var delay = await LapseAsync(projectId);

        await AcceptAsync(projectId, "pass", Today).EnsureSuccessAsync();
        await RunCheckAsync();

        Assert.That(await DelaysOfAsync(projectId), Is.Empty);
        var order = await (await SignInAsync("bureau")).PostAsync($"/api/supervision/acceptance-delays/{delay.GetProperty("id").GetGuid()}/rectification-order", null);
        Assert.That(await ProblemKeysOfConflictAsync(order), Is.EqualTo(new[] { "art-28" }));
    }

    [Test]
    public async Task ShouldNotTellTheBureauOfATerminatedProject()
    {
        var projectId = await StartBudgetedProjectAsync();
        // Termination itself is the rectification path's (RectificationOrderPathTests); here only its outcome matters.
        await ProjectSetup.ApproveBudgetAsync(App, projectId, 450_000m, ProjectStage.Terminated);

        SetClock(BeijingTime(2026, 7, 2));
        await RunCheckAsync();

        Assert.That(await DelaysOfAsync(projectId), Is.Empty);
        Assert.That(await HistoryAsync(projectId), Has.None.Contains("仍未竣工验收"));
    }

    [Test]
    public async Task ShouldForbidTheDelayedAcceptancesToAClerk()
    {
        var projectId = await StartBudgetedProjectAsync();
        var delay = await LapseAsync(projectId);
        var clerk = await SignInAsync("dept-a");

        var list = await clerk.GetAsync("/api/supervision/acceptance-delays");
        var order = await clerk.PostAsync($"/api/supervision/acceptance-delays/{delay.GetProperty("id").GetGuid()}/rectification-order", null);

        Assert.That((list.StatusCode, order.StatusCode), Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)));
    }

    [Test]
    public void ShouldScheduleTheCheckDailyInCountyTime()
    {
        using var connection = App.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = connection.GetRecurringJobs().SingleOrDefault(j => j.Id == DelayedAcceptanceJob.RecurringJobId);

        Assert.That(job, Is.Not.Null);
        Assert.That((job!.Cron, job.TimeZoneId), Is.EqualTo((DelayedAcceptanceJob.Schedule, "Asia/Shanghai")));
    }

    /// <summary>A project planned to be complete on 2026-06-30, through its reviews to finance's approval, on 2026-06-01.</summary>
    private async Task<Guid> StartBudgetedProjectAsync()
    {
        SetClock(BeijingTime(2026, 6, 1));
        var projectId = await StartProjectAsync(application => application with { PlannedCompletion = PlannedCompletion });
        await RunToBudgetedAsync(projectId);
        return projectId;
    }

    private async Task BuildAsync(Guid projectId)
    {
        await ProcureAsync(projectId);
        await SignContractAsync(projectId, 450_000m, Today).EnsureSuccessAsync();
        await FileAndBuildAsync(projectId);
    }

    /// <summary>The day after the planned completion, with the check run: the project's one delay as the bureau lists it.</summary>
    private async Task<JsonElement> LapseAsync(Guid projectId)
    {
        SetClock(BeijingTime(2026, 7, 1, 9));
        await RunCheckAsync();
        return (await DelaysOfAsync(projectId)).Single();
    }

    /// <summary>Runs the daily check as Hangfire does: a job in a scope of its own.</summary>
    private async Task RunCheckAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DelayedAcceptanceJob>().RunAsync(CancellationToken.None);
    }

    private async Task<JsonElement[]> DelaysOfAsync(Guid projectId) =>
        [.. (await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>("/api/supervision/acceptance-delays"))
            .EnumerateArray().Where(delay => delay.GetProperty("projectId").GetGuid() == projectId)];

    private static async Task<string[]> ProblemKeysOfConflictAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await response.Content.ReadAsStringAsync());
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. problem.GetProperty("errors").EnumerateObject().Select(error => error.Name)];
    }
}
