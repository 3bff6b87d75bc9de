using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

public sealed class TaskAuthorizationTests(string provider) : ProcessFixture(provider)
{
    [Test]
    public async Task ShouldShowADepartmentTaskToClerksOfThatDepartmentOnly()
    {
        var (_, businessKey) = await StartTestProcessAsync(await SignInAsync("dept-a"));

        var ownTasks = await OpenTasksAsync(await SignInAsync("dept-a"), businessKey);
        var otherTasks = await OpenTasksAsync(await SignInAsync("dept-b"), businessKey);

        Assert.That(ownTasks.Select(task => task.ActivityId), Is.EqualTo(new[] { "fill" }));
        Assert.That(otherTasks, Is.Empty);
    }

    [Test]
    public async Task ShouldForbidAnotherDepartmentToOpenTheTask()
    {
        var taskId = await StartAndFindFillTaskAsync();

        var response = await (await SignInAsync("dept-b")).GetAsync($"/api/tasks/{taskId}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task ShouldForbidAnotherDepartmentToCompleteTheTask()
    {
        var taskId = await StartAndFindFillTaskAsync();

        var response = await CompleteAsync(await SignInAsync("dept-b"), taskId, ValidFill);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldForbidAnotherDepartmentToUnclaimItsUnassignedTask()
    {
        var taskId = await StartAndFindFillTaskAsync();

        var response = await (await SignInAsync("dept-b")).PostAsync($"/api/tasks/{taskId}/unclaim", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldLetACandidateUnclaimAnUnassignedTask()
    {
        var taskId = await StartAndFindFillTaskAsync();

        var response = await (await SignInAsync("dept-a")).PostAsync($"/api/tasks/{taskId}/unclaim", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public async Task ShouldForbidAReviewerToCompleteADepartmentTask()
    {
        var taskId = await StartAndFindFillTaskAsync();

        var response = await CompleteAsync(await SignInAsync("finance"), taskId, ValidFill);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldServeTheTaskWithItsFormSchema()
    {
        var taskId = await StartAndFindFillTaskAsync();

        var task = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}");

        Assert.That(task.GetProperty("formSchema").GetProperty("id").GetString(), Is.EqualTo("host-test-fill"));
        Assert.That(task.GetProperty("departmentCode").GetString(), Is.EqualTo("education"));
    }

    [Test]
    public async Task ShouldMoveTheInstanceToTheReviewerAfterCompletion()
    {
        var (_, businessKey) = await StartTestProcessAsync(await SignInAsync("dept-a"));
        var fill = (await OpenTasksAsync(await SignInAsync("dept-a"), businessKey)).Single();

        var response = await CompleteAsync(await SignInAsync("dept-a"), fill.Id, ValidFill);
        var reviews = await OpenTasksAsync(await SignInAsync("finance"), businessKey);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(reviews.Select(task => task.ActivityId), Is.EqualTo(new[] { "review" }));
    }

    [Test]
    public async Task ShouldAnswer409WhenATaskIsCompletedTwice()
    {
        var taskId = await StartAndFindFillTaskAsync();
        var clerk = await SignInAsync("dept-a");
        await CompleteAsync(clerk, taskId, ValidFill).EnsureSuccessAsync();

        var second = await CompleteAsync(clerk, taskId, ValidFill);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task ShouldAnswer400WithFieldErrorsForInvalidFormData()
    {
        var taskId = await StartAndFindFillTaskAsync();

        var response = await CompleteAsync(await SignInAsync("dept-a"), taskId, new { title = "x", amount = 500 });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(error => error.Name), Is.EquivalentTo(new[] { "title", "amount" }));
    }

    [Test]
    public async Task ShouldAnswer404ProblemForAnUnknownTask()
    {
        var response = await CompleteAsync(await SignInAsync("dept-a"), Guid.NewGuid(), ValidFill);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(404));
        Assert.That(problem.GetProperty("title").GetString(), Is.Not.Empty);
        Assert.That(problem.TryGetProperty("traceId", out _), Is.True);
    }

    [Test]
    public async Task ShouldLetOnlyTheClaimantCompleteAClaimedTask()
    {
        var (_, businessKey) = await StartTestProcessAsync(await SignInAsync("dept-a"));
        var fill = (await CompleteFillAndFindReviewAsync(businessKey));
        await (await SignInAsync("finance")).PostAsync($"/api/tasks/{fill}/claim", null).EnsureSuccessAsync();

        var response = await CompleteAsync(await SignInAsync("bureau"), fill, new { });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task<Guid> CompleteFillAndFindReviewAsync(string businessKey)
    {
        var clerk = await SignInAsync("dept-a");
        var fill = (await OpenTasksAsync(clerk, businessKey)).Single();
        await CompleteAsync(clerk, fill.Id, ValidFill).EnsureSuccessAsync();
        return (await OpenTasksAsync(await SignInAsync("finance"), businessKey)).Single().Id;
    }

    private async Task<Guid> StartAndFindFillTaskAsync()
    {
        var clerk = await SignInAsync("dept-a");
        var (_, businessKey) = await StartTestProcessAsync(clerk);
        return (await OpenTasksAsync(clerk, businessKey)).Single().Id;
    }
}
