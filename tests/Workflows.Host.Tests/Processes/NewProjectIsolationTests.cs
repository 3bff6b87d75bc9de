using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Processes;

/// <summary>
/// Arts. 8-14 through the HTTP API with the real ids of a department's new project: another department reaches nothing of it,
/// a reviewer acts only in its own step, and a task completed twice is refused without a second effect.
/// </summary>
public sealed class NewProjectIsolationTests(string provider) : ShippedProcessFixture(provider)
{
    [Test]
    public async Task ShouldRefuseAnotherDepartmentEveryReadAndActionOnAReturnedApplication()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        var instanceId = await StartAsync(await SignInAsync("dept-a"), "new-project", project.Id);
        await ApplyAsync(project.Id);
        await MaterialReviewAsync(project.Id, "return");
        var clerk = await SignInAsync("dept-a");
        var taskId = await TaskAsync(clerk, project.Id, "reviseApplication");
        var documentId = (await clerk.GetFromJsonAsync<JsonElement>($"/api/projects/{project.Id}/documents"))
            .GetProperty("items")[0].GetProperty("id").GetGuid();
        var historyBefore = await HistoryTotalAsync(project.Id);
        var application = await ApplicationAsync(project.Id);
        application["scope"] = "另一部门的修改";

        var other = await SignInAsync("dept-b");
        var answers = new List<(string Request, HttpStatusCode Status)>();
        foreach (var url in new[]
        {
            $"/api/tasks/{taskId}", $"/api/tasks/{taskId}/comments", $"/api/tasks/{taskId}/attachments",
            $"/api/projects/{project.Id}", $"/api/projects/{project.Id}/history", $"/api/projects/{project.Id}/documents",
            $"/api/projects/{project.Id}/documents/{documentId}", $"/api/instances/{instanceId}", $"/api/instances/{instanceId}/history",
        })
        {
            answers.Add(($"GET {url}", (await other.GetAsync(url)).StatusCode));
        }

        answers.Add(("claim", (await other.PostAsync($"/api/tasks/{taskId}/claim", null)).StatusCode));
        answers.Add(("complete", (await CompleteAsync(other, taskId, new { revisionNote = "代为提交" })).StatusCode));
        answers.Add(("comment", (await other.PostAsJsonAsync($"/api/tasks/{taskId}/comments", new { text = "留言" })).StatusCode));
        answers.Add(("revise", (await other.PutAsJsonAsync($"/api/projects/{project.Id}", application)).StatusCode));
        var otherInbox = await other.GetFromJsonAsync<JsonElement>($"/api/tasks?status=open&businessKey={project.Id}");

        Assert.That(answers.Where(answer => answer.Status is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound)), Is.Empty);
        Assert.That(otherInbox.GetProperty("items").GetArrayLength(), Is.Zero);
        Assert.That(await OpenActivitiesAsync(project.Id), Is.EqualTo(new[] { "reviseApplication" }));
        Assert.That(await TaskAsync(clerk, project.Id, "reviseApplication"), Is.EqualTo(taskId));
        Assert.That(await HistoryTotalAsync(project.Id), Is.EqualTo(historyBefore));
        Assert.That((await ProjectAsync(project.Id)).GetProperty("application").GetProperty("scope").GetString(), Is.EqualTo("平台升级"));
    }

    [Test]
    public async Task ShouldRefuseAReviewerOutsideItsStepAndASecondCompletion()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await StartAsync(await SignInAsync("dept-a"), "new-project", project.Id);
        await ApplyAsync(project.Id);
        var approval = await SignInAsync("approval");
        var taskId = await TaskAsync(approval, project.Id, "materialReview");
        var review = new { materialDecision = "approve", annualPlanStatus = "in-plan", projectScale = "ordinary", materialOpinion = "材料齐全" };

        var byTheCenter = await CompleteAsync(await SignInAsync("dgsc"), taskId, review);
        var byTheClerk = await CompleteAsync(await SignInAsync("dept-a"), taskId, review);
        await CompleteAsync(approval, taskId, review).EnsureSuccessAsync();
        var again = await CompleteAsync(approval, taskId, review with { materialOpinion = "再次提交" });

        Assert.That(new[] { byTheCenter.StatusCode, byTheClerk.StatusCode }, Is.All.EqualTo(HttpStatusCode.Forbidden));
        await ProblemAsync(again, HttpStatusCode.Conflict);
        Assert.That(await OpenActivitiesAsync(project.Id), Is.EqualTo(new[] { "technicalReview" }));
    }

    private async Task<int> HistoryTotalAsync(Guid projectId) =>
        (await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/projects/{projectId}/history")).GetProperty("total").GetInt32();
}
