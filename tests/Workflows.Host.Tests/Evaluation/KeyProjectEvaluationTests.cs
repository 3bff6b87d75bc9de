using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Host.Seeding;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Evaluation;

/// <summary>
/// Art. 27: finance marks projects as key projects (重点项目) with a reason and a year, which starts its evaluation of them
/// (<c>key-project-evaluation</c>); the outcome, with the report on file, is recorded on the project and shown to the reviewers
/// of the department's later applications; finance unmarks a project before its evaluation is recorded. Each test marks projects
/// of its own.
/// </summary>
public sealed class KeyProjectEvaluationTests(string provider) : NewProjectFixture(provider)
{
    private static readonly int ThisYear = DateTime.UtcNow.Year;

    [Test]
    public async Task ShouldOpenFinancesEvaluationOfAProjectItMarksKey()
    {
        var projectId = await BudgetedProjectAsync();

        var marked = await (await MarkAsync(projectId, ThisYear, "投资额大、社会关注度高").EnsureSuccessAsync()).Content.ReadFromJsonAsync<JsonElement>();

        Assert.That((marked.GetProperty("status").GetString(), marked.GetProperty("year").GetInt32(), marked.GetProperty("reason").GetString(),
            marked.GetProperty("markedBy").GetString()), Is.EqualTo(("Open", ThisYear, "投资额大、社会关注度高", "finance")));
        var task = await TaskAsync(projectId, "keyProjectEvaluation", "finance");
        var details = await (await SignInAsync("finance")).GetFromJsonAsync<JsonElement>($"/api/tasks/{task.Id}");
        Assert.That(details.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("kind").GetString()),
            Is.EqualTo(new[] { "KeyProjectEvaluationReport" }));
        Assert.That(await HistoryAsync(projectId), Has.Some.Contains("投资额大、社会关注度高"));
    }

    [Test]
    public async Task ShouldRecordTheKeyProjectEvaluationOnTheProjectWithItsReport()
    {
        var projectId = await BudgetedProjectAsync();
        await MarkAsync(projectId, ThisYear, "纳入年度重点评价").EnsureSuccessAsync();
        var reportId = await UploadReportAsync(projectId);

        await CompleteAsync(projectId, "keyProjectEvaluation", "finance", Outcome());

        var evaluation = (await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>($"/api/projects/{projectId}"))
            .GetProperty("keyProjectEvaluations").EnumerateArray().Single();
        Assert.That((evaluation.GetProperty("status").GetString(), evaluation.GetProperty("grade").GetString(), evaluation.GetProperty("score").GetDecimal(),
            evaluation.GetProperty("conclusion").GetString(), evaluation.GetProperty("problems").GetString(),
            evaluation.GetProperty("recommendations").GetString(), evaluation.GetProperty("evaluator").GetString(),
            evaluation.GetProperty("reportDocumentId").GetGuid()),
            Is.EqualTo(("Evaluated", "Good", 85m, "基本达到绩效目标", "部分功能使用率低", "加强推广应用", "某评估公司", reportId)));
        Assert.That(await OpenActivitiesAsync(projectId), Is.Empty);
    }

    [Test]
    public async Task ShouldRefuseAnEvaluationWhoseReportIsNotOnFileNamingArticleTwentySeven()
    {
        var projectId = await BudgetedProjectAsync();
        await MarkAsync(projectId, ThisYear, "纳入年度重点评价").EnsureSuccessAsync();

        var response = await SubmitAsync(projectId, "keyProjectEvaluation", "finance", Outcome());

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-27" }));
        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "keyProjectEvaluation" }));
    }

    [Test]
    public async Task ShouldRefuseAGradeOutsideTheScoresBandKeyedByTheField()
    {
        var projectId = await BudgetedProjectAsync();
        await MarkAsync(projectId, ThisYear, "纳入年度重点评价").EnsureSuccessAsync();
        await UploadReportAsync(projectId);

        var response = await SubmitAsync(projectId, "keyProjectEvaluation", "finance", Outcome(grade: "poor", score: 95m));

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "evaluationGrade" }));
        var missing = await SubmitAsync(projectId, "keyProjectEvaluation", "finance", Outcome(conclusion: ""));
        Assert.That(await ProblemKeysAsync(missing), Is.EqualTo(new[] { "evaluationConclusion" }));
    }

    [Test]
    public async Task ShouldCancelTheEvaluationWhenFinanceUnmarksTheProjectAndKeepARecordedOne()
    {
        var projectId = await BudgetedProjectAsync();
        var marked = await (await MarkAsync(projectId, ThisYear, "纳入年度重点评价").EnsureSuccessAsync()).Content.ReadFromJsonAsync<JsonElement>();

        var unmarked = await (await UnmarkAsync("finance", marked.GetProperty("id").GetGuid(), "项目调整，不再列为重点").EnsureSuccessAsync())
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.That((unmarked.GetProperty("status").GetString(), unmarked.GetProperty("withdrawalReason").GetString()),
            Is.EqualTo(("Withdrawn", "项目调整，不再列为重点")));
        Assert.That(await OpenActivitiesAsync(projectId), Is.Empty);
        await MarkAsync(projectId, ThisYear, "重新列为重点").EnsureSuccessAsync();
        await UploadReportAsync(projectId);
        await CompleteAsync(projectId, "keyProjectEvaluation", "finance", Outcome());
        Assert.That((await UnmarkAsync("finance", marked.GetProperty("id").GetGuid(), "评价后撤销")).StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task ShouldLetOnlyFinanceMarkAndUnmarkAKeyProject()
    {
        var projectId = await BudgetedProjectAsync();
        var marked = await (await MarkAsync(projectId, ThisYear, "纳入年度重点评价").EnsureSuccessAsync()).Content.ReadFromJsonAsync<JsonElement>();
        var other = await BudgetedProjectAsync();

        foreach (var user in new[] { "bureau", "dept-a", "approval", "county" })
        {
            var mark = await (await SignInAsync(user)).PostAsJsonAsync("/api/evaluations/key-projects", new { projectId = other, year = ThisYear, reason = "重点" });
            Assert.That(mark.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), user);
            Assert.That((await UnmarkAsync(user, marked.GetProperty("id").GetGuid(), "撤销")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), user);
        }

        Assert.That(await OpenActivitiesAsync(other), Is.Empty);
    }

    [Test]
    public async Task ShouldRefuseToMarkAProjectTwiceOrWithoutAnApprovedBudgetNamingArticleTwentySeven()
    {
        var projectId = await BudgetedProjectAsync();
        await MarkAsync(projectId, ThisYear, "纳入年度重点评价").EnsureSuccessAsync();
        var unbudgeted = await ProjectSetup.RegisterAsync(App, Department);

        var twice = await MarkAsync(projectId, ThisYear, "再次列为重点");
        var withoutBudget = await MarkAsync(unbudgeted.Id, ThisYear, "纳入年度重点评价");

        Assert.That((twice.StatusCode, await twice.ProblemKeysAsync()), Is.EqualTo((HttpStatusCode.Conflict, new[] { "art-27" })));
        Assert.That((withoutBudget.StatusCode, await withoutBudget.ProblemKeysAsync()), Is.EqualTo((HttpStatusCode.Conflict, new[] { "art-27" })));
        Assert.That(await OpenActivitiesAsync(unbudgeted.Id), Is.Empty);
    }

    [Test]
    public async Task ShouldRefuseAMarkingWithoutItsReasonOrOfAYearTooFarAheadKeyedByTheField()
    {
        var projectId = await BudgetedProjectAsync();

        var response = await MarkAsync(projectId, ThisYear + 2, " ");

        Assert.That(await ProblemKeysAsync(response), Is.EquivalentTo(new[] { "year", "reason" }));
        Assert.That((await MarkAsync(Guid.NewGuid(), ThisYear, "纳入年度重点评价")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ShouldForbidStartingAKeyProjectEvaluationByHand()
    {
        var projectId = await BudgetedProjectAsync();

        foreach (var user in new[] { "dept-a", "finance" })
        {
            var response = await (await SignInAsync(user)).PostAsJsonAsync("/api/instances", new
            {
                definitionKey = "key-project-evaluation", businessKey = projectId.ToString(),
                variables = new { departmentCode = Department, projectId, evaluationYear = ThisYear },
            });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), user);
        }

        Assert.That(await OpenActivitiesAsync(projectId), Is.Empty);
    }

    [Test]
    public async Task ShouldShowTheDepartmentsRecordedKeyProjectEvaluationsOnItsLaterApplication()
    {
        var evaluated = await BudgetedProjectAsync(DemoData.TownshipA);
        await MarkAsync(evaluated, ThisYear, "纳入年度重点评价").EnsureSuccessAsync();
        await UploadReportAsync(evaluated);
        await CompleteAsync(evaluated, "keyProjectEvaluation", "finance", Outcome(grade: "fair", score: 68m));
        var stillOpen = await BudgetedProjectAsync(DemoData.TownshipA);
        await MarkAsync(stillOpen, ThisYear, "纳入年度重点评价").EnsureSuccessAsync();

        var later = await ProjectSetup.RegisterAsync(App, DemoData.TownshipA);
        var shown = (await (await SignInAsync("approval")).GetFromJsonAsync<JsonElement>($"/api/projects/{later.Id}"))
            .GetProperty("departmentKeyProjectEvaluations").EnumerateArray().ToList();

        Assert.That(shown.Select(e => (e.GetProperty("projectId").GetGuid(), e.GetProperty("grade").GetString())),
            Is.EqualTo(new[] { (evaluated, "Fair") }), "recorded evaluations only");
        var listedForClerk = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>("/api/evaluations/key-projects");
        Assert.That(listedForClerk.EnumerateArray().Select(e => e.GetProperty("projectId").GetGuid()), Has.No.Member(evaluated).And.No.Member(stillOpen),
            "another department's");
    }

    [Test]
    public async Task ShouldNotHandTheLeadDepartmentsKeyProjectEvaluationsToACoBuilder()
    {
        var evaluated = await BudgetedProjectAsync(DemoData.DepartmentB);
        await MarkAsync(evaluated, ThisYear, "纳入年度重点评价").EnsureSuccessAsync();
        await UploadReportAsync(evaluated);
        await CompleteAsync(evaluated, "keyProjectEvaluation", "finance", Outcome(grade: "fair", score: 68m));
        var later = await ProjectSetup.RegisterAsync(App, DemoData.DepartmentB);
        await (await SignInAsync("dept-b")).PostAsJsonAsync("/api/instances", new
        {
            definitionKey = "cross-department-project", businessKey = later.Id.ToString(),
            variables = new { departmentCode = DemoData.DepartmentB, projectId = later.Id, coBuildingDepartments = new[] { DemoData.TownshipA } },
        }).EnsureSuccessAsync();
        await TaskAsync(later.Id, "coBuilderConfirmsPart", "town-a");

        // The co-builder sees the project it builds, not how finance rated the lead's other projects (art. 27 is the reviewers').
        var coBuilder = (await (await SignInAsync("town-a")).GetFromJsonAsync<JsonElement>($"/api/projects/{later.Id}")).GetProperty("departmentKeyProjectEvaluations");
        var lead = (await (await SignInAsync("dept-b")).GetFromJsonAsync<JsonElement>($"/api/projects/{later.Id}")).GetProperty("departmentKeyProjectEvaluations");

        Assert.That(coBuilder.ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(lead.EnumerateArray().Select(e => e.GetProperty("projectId").GetGuid()), Is.EqualTo(new[] { evaluated }));
    }

    /// <summary>The <c>key-project-evaluation</c> form as finance fills it in.</summary>
    private static object Outcome(string grade = "good", decimal? score = 85m, string conclusion = "基本达到绩效目标") => new
    {
        evaluator = "某评估公司", evaluationGrade = grade, evaluationScore = score, evaluationConclusion = conclusion,
        problemsFound = "部分功能使用率低", recommendations = "加强推广应用",
    };

    private async Task<Guid> BudgetedProjectAsync(string department = Department)
    {
        var project = await ProjectSetup.RegisterAsync(App, department);
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 450_000m);
        return project.Id;
    }

    private async Task<HttpResponseMessage> MarkAsync(Guid projectId, int year, string reason) =>
        await (await SignInAsync("finance")).PostAsJsonAsync("/api/evaluations/key-projects", new { projectId, year, reason });

    private async Task<HttpResponseMessage> UnmarkAsync(string user, Guid evaluationId, string reason) =>
        await (await SignInAsync(user)).PostAsJsonAsync($"/api/evaluations/key-projects/{evaluationId}/unmark", new { reason });

    private async Task<Guid> UploadReportAsync(Guid projectId)
    {
        var response = await (await SignInAsync("finance")).PostAsync($"/api/projects/{projectId}/documents",
            MultipartBodies.File("评价报告.pdf", Encoding.UTF8.GetBytes("%PDF key project evaluation"), ("kind", "KeyProjectEvaluationReport"))).EnsureSuccessAsync();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
