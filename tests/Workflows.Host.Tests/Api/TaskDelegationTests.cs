using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence;
using Workflows.Persistence.Mail;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// A group leader assigns and delegates a task of their group (Camunda's semantics: a delegated task keeps its owner and
/// returns there when the delegate resolves it), as the demo leader of the education department (<c>lead-a</c>).
/// </summary>
public sealed class TaskDelegationTests(string provider) : ProcessFixture(provider)
{
    public sealed record DelegatedTask(Guid Id, string? Assignee, string? Owner, string? Delegation);

    [Test]
    public async Task ShouldLetTheDepartmentLeaderAssignTheTaskToAMember()
    {
        var (taskId, businessKey) = await StartFillAsync();

        var response = await HandOverAsync("lead-a", taskId, "assign", "dept-a");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await OpenTasksAsync(await SignInAsync("dept-a"), businessKey)).Single().Assignee, Is.EqualTo("dept-a"));
    }

    [Test]
    public async Task ShouldForbidAClerkWhoIsNoLeaderToAssignTheTask()
    {
        var (taskId, _) = await StartFillAsync();

        var response = await HandOverAsync("dept-a", taskId, "assign", "lead-a");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task ShouldForbidTheLeaderOfAnotherDepartmentToAssignOrDelegateTheTask()
    {
        var (taskId, _) = await StartFillAsync();

        var assign = await HandOverAsync("lead-b", taskId, "assign", "dept-a");
        var delegation = await HandOverAsync("lead-b", taskId, "delegate", "dept-a");

        Assert.That(assign.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(delegation.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldRefuseToHandTheTaskToSomeoneOutsideItsGroup()
    {
        var (taskId, _) = await StartFillAsync();

        var otherDepartment = await HandOverAsync("lead-a", taskId, "assign", "dept-b");
        var unknown = await HandOverAsync("lead-a", taskId, "delegate", "nobody");

        Assert.That(otherDepartment.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ErrorKeysAsync(otherDepartment), Is.EqualTo(new[] { "assignee" }));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ErrorKeysAsync(unknown), Is.EqualTo(new[] { "assignee" }));
    }

    [Test]
    public async Task ShouldListTheMembersTheLeaderMayHandTheTaskTo()
    {
        var (taskId, _) = await StartFillAsync();

        var members = await (await SignInAsync("lead-a")).GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}/members");
        var clerk = await (await SignInAsync("dept-a")).GetAsync($"/api/tasks/{taskId}/members");

        Assert.That(members.EnumerateArray().Select(m => m.GetProperty("userName").GetString()), Is.EqualTo(new[] { "dept-a", "lead-a" }));
        Assert.That(clerk.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldReturnADelegatedTaskToItsOwnerWhoThenCompletesIt()
    {
        var (taskId, _) = await StartFillAsync();
        var leader = await SignInAsync("lead-a");
        await leader.PostAsync($"/api/tasks/{taskId}/claim", null).EnsureSuccessAsync();

        await HandOverAsync("lead-a", taskId, "delegate", "dept-a").EnsureSuccessAsync();
        var delegated = await TaskAsync("dept-a", taskId);
        var resolved = await (await SignInAsync("dept-a")).PostAsync($"/api/tasks/{taskId}/resolve", null);
        var returned = await TaskAsync("lead-a", taskId);
        var completed = await CompleteAsync(leader, taskId, ValidFill);

        Assert.That(delegated, Is.EqualTo(new DelegatedTask(taskId, "dept-a", "lead-a", "Pending")));
        Assert.That(resolved.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(returned, Is.EqualTo(new DelegatedTask(taskId, "lead-a", "lead-a", "Resolved")));
        Assert.That(completed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldRefuseTheDelegateToCompleteTheTaskInsteadOfResolvingIt()
    {
        var (taskId, _) = await StartFillAsync();
        await HandOverAsync("lead-a", taskId, "delegate", "dept-a").EnsureSuccessAsync();

        var response = await CompleteAsync(await SignInAsync("dept-a"), taskId, ValidFill);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task ShouldLetOnlyTheDelegateResolveTheTask()
    {
        var (taskId, _) = await StartFillAsync();
        await HandOverAsync("lead-a", taskId, "delegate", "dept-a").EnsureSuccessAsync();

        var byOwner = await (await SignInAsync("lead-a")).PostAsync($"/api/tasks/{taskId}/resolve", null);
        var byOutsider = await (await SignInAsync("dept-b")).PostAsync($"/api/tasks/{taskId}/resolve", null);

        Assert.That(byOwner.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byOutsider.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldAnswer409WhenResolvingATaskThatIsNotDelegated()
    {
        var (taskId, _) = await StartFillAsync();
        await HandOverAsync("lead-a", taskId, "assign", "dept-a").EnsureSuccessAsync();

        var response = await (await SignInAsync("dept-a")).PostAsync($"/api/tasks/{taskId}/resolve", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task ShouldAnswer409WhenTheLeaderReassignsATaskItsDelegateHolds()
    {
        var (taskId, _) = await StartFillAsync();
        await HandOverAsync("lead-a", taskId, "delegate", "dept-a").EnsureSuccessAsync();

        var response = await HandOverAsync("lead-a", taskId, "assign", "lead-a");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task ShouldKeepTheTaskInTheOwnersInboxWhileTheDelegateHoldsIt()
    {
        var (taskId, businessKey) = await StartFillAsync();
        await HandOverAsync("lead-a", taskId, "delegate", "dept-a").EnsureSuccessAsync();

        var ownerTasks = await OpenTasksAsync(await SignInAsync("lead-a"), businessKey);

        Assert.That(ownerTasks.Select(task => (task.Id, task.Assignee)), Is.EqualTo(new[] { (taskId, (string?)"dept-a") }));
    }

    [Test]
    public async Task ShouldRecordTheHandOversInTheHistoryAndTheAuditTrail()
    {
        var (taskId, businessKey) = await StartFillAsync();
        await HandOverAsync("lead-a", taskId, "delegate", "dept-a").EnsureSuccessAsync();
        await (await SignInAsync("dept-a")).PostAsync($"/api/tasks/{taskId}/resolve", null).EnsureSuccessAsync();

        var instanceId = (await OpenTasksAsync(await SignInAsync("lead-a"), businessKey)).Single().InstanceId;
        var history = (await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/instances/{instanceId}"))
            .GetProperty("history").EnumerateArray()
            .Select(row => (row.GetProperty("kind").GetString(), row.GetProperty("actor").GetString(), row.GetProperty("detail").GetString()))
            .Where(row => row.Item1 is "TaskDelegated" or "TaskResolved");
        var audit = (await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement[]>("/api/audit?action=task.delegated&actor=lead-a"))!
            .Select(e => e.GetProperty("target").GetString());

        Assert.That(history, Is.EqualTo(new[] { ("TaskDelegated", "lead-a", "dept-a"), ("TaskResolved", "dept-a", "lead-a") }));
        Assert.That(audit, Does.Contain($"task {taskId}"));
    }

    [Test]
    public async Task ShouldMailTheMemberTheTaskWasAssignedToAndTheOwnerItReturnsTo()
    {
        var (taskId, _) = await StartFillAsync();
        await HandOverAsync("lead-a", taskId, "delegate", "dept-a").EnsureSuccessAsync();
        await (await SignInAsync("dept-a")).PostAsync($"/api/tasks/{taskId}/resolve", null).EnsureSuccessAsync();

        await using var scope = App.Services.CreateAsyncScope();
        var mails = await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<MailOutboxMessage>()
            .Where(m => m.IdempotencyKey.Contains(taskId.ToString()) && !m.IdempotencyKey.StartsWith("task-created"))
            .OrderBy(m => m.CreatedAt).Select(m => new { m.To, m.Subject }).ToListAsync();

        Assert.That(mails.Select(m => m.To), Is.EqualTo(new[] { "\"教育科技局经办人\" <dept-a@demo.county.gov.cn>", "\"教育科技局科长\" <lead-a@demo.county.gov.cn>" }));
        Assert.That(mails.Select(m => m.Subject[..4]), Is.EqualTo(new[] { "【委派】", "【委派已" }));
    }

    private async Task<(Guid TaskId, string BusinessKey)> StartFillAsync()
    {
        var (_, businessKey) = await StartTestProcessAsync(await SignInAsync("dept-a"));
        return ((await OpenTasksAsync(await SignInAsync("dept-a"), businessKey)).Single().Id, businessKey);
    }

    private async Task<HttpResponseMessage> HandOverAsync(string leader, Guid taskId, string verb, string assignee) =>
        await (await SignInAsync(leader)).PostAsJsonAsync($"/api/tasks/{taskId}/{verb}", new { assignee });

    private async Task<DelegatedTask> TaskAsync(string userName, Guid taskId)
    {
        var task = (await (await SignInAsync(userName)).GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}")).GetProperty("task");
        return new DelegatedTask(task.GetProperty("id").GetGuid(), task.GetProperty("assignee").GetString(),
            task.GetProperty("owner").GetString(), task.GetProperty("delegation").GetString());
    }

    private static async Task<string[]> ErrorKeysAsync(HttpResponseMessage response) =>
        [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name)];
}
