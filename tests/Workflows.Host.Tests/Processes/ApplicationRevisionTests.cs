using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Processes;

/// <summary>
/// Arts. 8-12: a returned application is revised by its lead department in every part (PUT /api/projects/{id}), each change
/// in the project history, and goes back to the reviewer who returned it.
/// </summary>
public sealed class ApplicationRevisionTests(string provider) : ShippedProcessFixture(provider)
{
    [Test]
    public async Task ShouldOpenTheRevisionToTheLeadDepartmentWhenTheMaterialReviewReturnsTheApplication()
    {
        var project = await StartedAsync();
        await MaterialReviewAsync(project, "return");

        var revision = (await ProjectAsync(project, "dept-a")).GetProperty("revision");
        var reviewerView = (await ProjectAsync(project, "bureau")).GetProperty("revision");

        Assert.That(await OpenActivitiesAsync(project), Is.EqualTo(new[] { "reviseApplication" }));
        Assert.That(revision.GetProperty("open").GetBoolean() && revision.GetProperty("canRevise").GetBoolean(), Is.True);
        // The department reads who returned it by the reviewer's name, not by a sign-in code.
        Assert.That(revision.GetProperty("returnedBy").GetString(), Is.EqualTo("材料审查（行政审批局）"));
        Assert.That(revision.GetProperty("reason").GetString(), Is.EqualTo("初步设计不完整，请补正"));
        Assert.That(reviewerView.GetProperty("canRevise").GetBoolean(), Is.False);
        // The history names the acting users by name too, keeping the sign-in code and step in actor.
        var returned = (await ProjectAsync(project, "dept-a")).GetProperty("history").EnumerateArray()
            .Single(row => row.GetProperty("change").GetString()!.StartsWith("退回修改", StringComparison.Ordinal));
        Assert.That(returned.GetProperty("change").GetString(), Is.EqualTo("退回修改（材料审查（行政审批局））：初步设计不完整，请补正"));
        var review = (await ProjectAsync(project, "dept-a")).GetProperty("history").EnumerateArray()
            .First(row => row.GetProperty("actor").GetString()!.StartsWith("approval (", StringComparison.Ordinal));
        Assert.That(review.GetProperty("actorName").GetString(), Is.EqualTo("行政审批局"));
    }

    [Test]
    public async Task ShouldRecordEachRevisedFieldAsOldAndNewValueInTheHistory()
    {
        var project = await StartedAsync();
        await MaterialReviewAsync(project, "return");
        var application = await ApplicationAsync(project);
        application["scope"] = "平台升级及移动端建设";
        application["totalBudget"] = 600_000m;
        application["yearBudgets"] = new[] { new { year = DateTime.UtcNow.Year, amount = 400_000m }, new { year = DateTime.UtcNow.Year + 1, amount = 200_000m } };
        application["dataSharing"] = new { sources = "业务系统", formats = "JSON、CSV", updateFrequency = "每日", sharing = "通过共享交换平台共享", opening = "按目录开放" };

        var revised = await ReviseAsync("dept-a", project, application).EnsureSuccessAsync();

        var details = await revised.Content.ReadFromJsonAsync<JsonElement>();
        var changes = details.GetProperty("history").EnumerateArray().Select(row => row.GetProperty("change").GetString()!).ToList();
        Assert.That(details.GetProperty("totalBudget").GetDecimal(), Is.EqualTo(600_000m));
        Assert.That(changes, Does.Contain("修改总预算（元）：500000 → 600000"));
        Assert.That(changes, Does.Contain("修改建设内容：平台升级 → 平台升级及移动端建设"));
        Assert.That(changes, Does.Contain("修改数据格式：JSON → JSON、CSV"));
        Assert.That(changes.Count(change => change.StartsWith("修改年度预算", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(changes.Any(change => change.StartsWith("修改项目名称", StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public async Task ShouldSendTheRevisionBackToTheMaterialReviewWithTheChangesOnItsTask()
    {
        var project = await StartedAsync();
        await MaterialReviewAsync(project, "return");
        var application = await ApplicationAsync(project);
        application["name"] = $"智慧教育平台-{Guid.NewGuid():N}"[..12];
        await ReviseAsync("dept-a", project, application).EnsureSuccessAsync();

        await ResubmitAsync(project, "补正了初步设计");

        var approval = await SignInAsync("approval");
        var task = await approval.GetFromJsonAsync<JsonElement>($"/api/tasks/{await TaskAsync(approval, project, "materialReview")}");
        Assert.That(task.GetProperty("variables").GetProperty("revisionChanges").GetString(), Does.StartWith("修改项目名称："));
        Assert.That(task.GetProperty("variables").GetProperty("revisionNote").GetString(), Is.EqualTo("补正了初步设计"));
        Assert.That((await ProjectAsync(project)).GetProperty("revision").GetProperty("open").GetBoolean(), Is.False);
    }

    [Test]
    public async Task ShouldSendTheRevisionBackToTheTechnicalReviewThatReturnedIt()
    {
        var project = await StartedAsync();
        await MaterialReviewAsync(project, "approve");
        await TechnicalReviewAsync(project, "return");

        await ResubmitAsync(project);

        Assert.That(await OpenActivitiesAsync(project), Is.EqualTo(new[] { "technicalReview" }));
    }

    [Test]
    public async Task ShouldSendTheRevisionBackToTheBureauReviewThatReturnedIt()
    {
        var project = await StartedAsync();
        await MaterialReviewAsync(project, "approve");
        await TechnicalReviewAsync(project, "approve");
        await BureauReviewAsync(project, "return");
        Assert.That(await OpenActivitiesAsync(project), Is.EqualTo(new[] { "reviseApplication" }));

        await ResubmitAsync(project);

        Assert.That(await OpenActivitiesAsync(project), Is.EqualTo(new[] { "bureauReview" }));
    }

    [Test]
    public async Task ShouldLetThePreReviewReturnAProjectOutsideThePlanForRevision()
    {
        var project = await StartedAsync(inAnnualPlan: false);
        await CompleteAsync("bureau", project, "bureauPreReview", new { preReviewDecision = "return", preReviewOpinion = "请说明计划外建设的必要性" });
        Assert.That(await OpenActivitiesAsync(project), Is.EqualTo(new[] { "reviseApplication" }));

        await ResubmitAsync(project);

        Assert.That(await OpenActivitiesAsync(project), Is.EqualTo(new[] { "bureauPreReview" }));
    }

    [Test]
    public async Task ShouldLetTheMajorBudgetReviewReturnTheApplicationForRevision()
    {
        var project = await StartedAsync(major: true);
        await MaterialReviewAsync(project, "approve");
        await TechnicalReviewAsync(project, "approve");
        await BureauReviewAsync(project, "approve");
        await CompleteAsync("finance", project, "majorBudgetReview",
            new { majorBudgetDecision = "return", reviewedBudget = 400_000, majorBudgetReviewOpinion = "请核减硬件预算" });
        Assert.That(await OpenActivitiesAsync(project), Is.EqualTo(new[] { "reviseApplication" }));
        var application = await ApplicationAsync(project);
        application["totalBudget"] = 400_000m;
        application["yearBudgets"] = new[] { new { year = DateTime.UtcNow.Year, amount = 400_000m } };
        await ReviseAsync("dept-a", project, application).EnsureSuccessAsync();

        await ResubmitAsync(project, "已核减");

        Assert.That(await OpenActivitiesAsync(project), Is.EqualTo(new[] { "majorBudgetReview" }));
        Assert.That((await ProjectAsync(project)).GetProperty("stage").GetString(), Is.EqualTo("Approved"));
    }

    [Test]
    public async Task ShouldForbidTheRevisionToAnotherDepartmentAndToTheReviewers()
    {
        var project = await StartedAsync();
        await MaterialReviewAsync(project, "return");
        var application = await ApplicationAsync(project);

        var otherDepartment = await ReviseAsync("dept-b", project, application);
        var bureau = await ReviseAsync("bureau", project, application);

        Assert.That(otherDepartment.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(bureau.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldRefuseARevisionWhileNoReturnIsOpen()
    {
        var project = await StartedAsync();
        var application = await ApplicationAsync(project);
        application["scope"] = "未经退回的修改";

        var response = await ReviseAsync("dept-a", project, application);

        await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.That((await ApplicationAsync(project))["scope"]!.ToString(), Is.EqualTo("平台升级"));
    }

    [Test]
    public async Task ShouldRefuseAnInvalidRevisionWithProblemsKeyedByFieldAndArticle()
    {
        var project = await StartedAsync();
        await MaterialReviewAsync(project, "return");
        var application = await ApplicationAsync(project);
        application["name"] = "";
        application["totalBudget"] = 700_000m;

        var problem = await ProblemAsync(await ReviseAsync("dept-a", project, application), HttpStatusCode.BadRequest);

        Assert.That(ErrorKeys(problem), Is.EqualTo(new[] { "art-8", "name" }));
    }

    /// <summary>A registered project whose new-project application the lead department has submitted.</summary>
    private async Task<Guid> StartedAsync(bool inAnnualPlan = true, bool major = false)
    {
        var project = await ProjectSetup.RegisterAsync(App, "education", inAnnualPlan: inAnnualPlan, major: major);
        await StartAsync(await SignInAsync("dept-a"), "new-project", project.Id);
        await ApplyAsync(project.Id);
        return project.Id;
    }
}
