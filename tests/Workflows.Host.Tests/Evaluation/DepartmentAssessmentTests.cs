using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Seeding;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Evaluation;

/// <summary>
/// Art. 30: the bureau records the annual assessment of each department's IT work; the reviewers see the department's result of
/// the year before on its next year's applications (the review task and the project). Each test uses years of its own.
/// </summary>
public sealed class DepartmentAssessmentTests(string provider) : NewProjectFixture(provider)
{
    private static readonly int ThisYear = DateTime.UtcNow.Year;

    [Test]
    public async Task ShouldShowTheReviewerTheLeadDepartmentsAssessmentOfTheYearBeforeTheApplication()
    {
        await RecordAsync(ThisYear - 1, DemoData.DepartmentA, new { grade = "Good", score = 86.5m, remarks = "数据共享推进较好" }).EnsureSuccessAsync();
        await RecordAsync(ThisYear - 2, DemoData.DepartmentA, new { grade = "Excellent", score = 95m, remarks = "" }).EnsureSuccessAsync();
        await RecordAsync(ThisYear - 1, DemoData.DepartmentB, new { grade = "Fail", score = 50m, remarks = "" }).EnsureSuccessAsync();
        var projectId = await StartProjectAsync();
        await ApplyAsync(projectId);

        var task = await TaskAsync(projectId, "materialReview", "approval");
        var shown = (await (await SignInAsync("approval")).GetFromJsonAsync<JsonElement>($"/api/tasks/{task.Id}")).GetProperty("priorDepartmentAssessment");

        Assert.That((shown.GetProperty("year").GetInt32(), shown.GetProperty("departmentCode").GetString(), shown.GetProperty("grade").GetString(),
            shown.GetProperty("score").GetDecimal(), shown.GetProperty("remarks").GetString()),
            Is.EqualTo((ThisYear - 1, DemoData.DepartmentA, "Good", 86.5m, "数据共享推进较好")));
        var onProject = (await ProjectAsync(projectId)).GetProperty("priorDepartmentAssessment");
        Assert.That(onProject.GetProperty("grade").GetString(), Is.EqualTo("Good"));
    }

    /// <summary>A co-builder is no reviewer: neither its own task nor the project hands it the lead department's result.</summary>
    [Test]
    public async Task ShouldNotHandTheLeadDepartmentsAssessmentToACoBuilder()
    {
        // The same result as the reviewer's test records, so that the order of the two does not matter.
        await RecordAsync(ThisYear - 1, DemoData.DepartmentA, new { grade = "Good", score = 86.5m, remarks = "数据共享推进较好" }).EnsureSuccessAsync();
        var project = await ProjectSetup.RegisterAsync(App, Department);
        await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/instances", new
        {
            definitionKey = "cross-department-project", businessKey = project.Id.ToString(),
            variables = new { departmentCode = Department, projectId = project.Id, coBuildingDepartments = new[] { DemoData.DepartmentB } },
        }).EnsureSuccessAsync();
        var coBuilder = await SignInAsync("dept-b");

        var task = await TaskAsync(project.Id, "coBuilderConfirmsPart", "dept-b");
        var onTask = (await coBuilder.GetFromJsonAsync<JsonElement>($"/api/tasks/{task.Id}")).GetProperty("priorDepartmentAssessment");
        var onProject = (await coBuilder.GetFromJsonAsync<JsonElement>($"/api/projects/{project.Id}")).GetProperty("priorDepartmentAssessment");
        var ownLead = (await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>($"/api/projects/{project.Id}")).GetProperty("priorDepartmentAssessment");

        Assert.That((onTask.ValueKind, onProject.ValueKind), Is.EqualTo((JsonValueKind.Null, JsonValueKind.Null)));
        Assert.That(ownLead.GetProperty("grade").GetString(), Is.EqualTo("Good"));
    }

    [Test]
    public async Task ShouldShowNoAssessmentWhenTheBureauRecordedNoneForTheYearBefore()
    {
        var project = await ProjectSetup.RegisterAsync(App, DemoData.TownshipA);

        var shown = (await ProjectAsync(project.Id)).GetProperty("priorDepartmentAssessment");

        Assert.That(shown.ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task ShouldCorrectTheAssessmentWhenTheBureauRecordsTheYearAgain()
    {
        await RecordAsync(ThisYear - 3, DemoData.TownshipA, new { grade = "Pass", score = 70m, remarks = "" }).EnsureSuccessAsync();
        await RecordAsync(ThisYear - 3, DemoData.TownshipA, new { grade = "Good", score = 81m, remarks = "复核后调整" }).EnsureSuccessAsync();

        var listed = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/evaluations/department-assessments?year={ThisYear - 3}");

        var rows = listed.EnumerateArray().Where(row => row.GetProperty("departmentCode").GetString() == DemoData.TownshipA).ToList();
        Assert.That(rows.Select(row => (row.GetProperty("grade").GetString(), row.GetProperty("remarks").GetString())),
            Is.EqualTo(new[] { ("Good", "复核后调整") }));
    }

    [Test]
    public async Task ShouldShowAClerkOnlyItsOwnDepartmentsAssessments()
    {
        await RecordAsync(ThisYear - 4, DemoData.DepartmentA, new { grade = "Good", score = (decimal?)null, remarks = "" }).EnsureSuccessAsync();
        await RecordAsync(ThisYear - 4, DemoData.DepartmentB, new { grade = "Pass", score = (decimal?)null, remarks = "" }).EnsureSuccessAsync();

        var listed = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>($"/api/evaluations/department-assessments?year={ThisYear - 4}");

        Assert.That(listed.EnumerateArray().Select(row => row.GetProperty("departmentCode").GetString()), Is.EqualTo(new[] { DemoData.DepartmentA }));
    }

    [Test]
    public async Task ShouldLetOnlyTheBureauRecordTheAssessment()
    {
        foreach (var user in new[] { "dept-a", "finance", "approval" })
        {
            var response = await (await SignInAsync(user)).PutAsJsonAsync(
                $"/api/evaluations/department-assessments/{ThisYear - 1}/{DemoData.DepartmentA}", new { grade = "Excellent" });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), user);
        }
    }

    [Test]
    public async Task ShouldRefuseAYearNotBegunAndAScoreAboveOneHundredKeyedByTheField()
    {
        var response = await RecordAsync(ThisYear + 1, DemoData.DepartmentA, new { grade = "Good", score = 101m, remarks = "" });

        Assert.That(await ProblemKeysAsync(response), Is.EquivalentTo(new[] { "year", "score" }));
        Assert.That((await RecordAsync(ThisYear - 1, "no-such-department", new { grade = "Good" })).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private async Task<HttpResponseMessage> RecordAsync(int year, string department, object assessment) =>
        await (await SignInAsync("bureau")).PutAsJsonAsync($"/api/evaluations/department-assessments/{year}/{department}", assessment);
}
