using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Processes;

/// <summary>
/// When a rule of the measures stops a task, the user sees why: the completion is refused with 400 and each broken rule
/// keyed by its article, the task stays open, and the task says which documents it needs and which are on file.
/// </summary>
public sealed class TaskRuleProblemTests(string provider) : ShippedProcessFixture(provider)
{
    [Test]
    public async Task ShouldRefuseAnApplicationWithoutItsFourDocumentsNamingArticleEight()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education", withDocuments: false);
        var clerk = await SignInAsync("dept-a");
        await StartAsync(clerk, "new-project", project.Id);
        var taskId = await TaskAsync(clerk, project.Id, "prepareApplication");

        var response = await CompleteAsync(clerk, taskId, new { applicationNote = "申请立项", contactPerson = "张三", contactPhone = "0358-1234567" });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(ErrorKeys(problem), Is.EqualTo(new[] { "art-8" }));
        Assert.That(problem.GetProperty("errors").GetProperty("art-8").GetArrayLength(), Is.EqualTo(4));
        Assert.That(await TaskAsync(clerk, project.Id, "prepareApplication"), Is.EqualTo(taskId));
    }

    [Test]
    public async Task ShouldListTheDocumentsATaskNeedsAndWhichAreOnFile()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education", withDocuments: false);
        var clerk = await SignInAsync("dept-a");
        await StartAsync(clerk, "new-project", project.Id);
        await clerk.PostAsync($"/api/projects/{project.Id}/documents",
            MultipartBodies.File("proposal.pdf", Encoding.UTF8.GetBytes("%PDF proposal"), ("kind", "Proposal"))).EnsureSuccessAsync();

        var task = await clerk.GetFromJsonAsync<JsonElement>($"/api/tasks/{await TaskAsync(clerk, project.Id, "prepareApplication")}");

        var documents = task.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("kind").GetString()!, d => (d.GetProperty("required").GetBoolean(), d.GetProperty("present").GetBoolean()));
        Assert.That(documents, Is.EqualTo(new Dictionary<string, (bool, bool)>
        {
            ["Proposal"] = (true, true), ["FeasibilityStudy"] = (true, false), ["PreliminaryDesign"] = (true, false), ["InvestmentEstimate"] = (true, false),
        }));
        Assert.That(task.GetProperty("documents")[0].GetProperty("label").GetString(), Is.EqualTo("项目建议书"));
    }

    [Test]
    public async Task ShouldRefuseABureauApprovalThatMissesACriterionNamingArticleEleven()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await StartAsync(await SignInAsync("dept-a"), "new-project", project.Id);
        await ApplyAsync(project.Id);
        await MaterialReviewAsync(project.Id, "approve");
        await TechnicalReviewAsync(project.Id, "approve");
        var bureau = await SignInAsync("bureau");

        var response = await CompleteAsync(bureau, await TaskAsync(bureau, project.Id, "bureauReview"), new
        {
            needReasonable = true, intensiveConstruction = true, planFeasible = false, budgetReasonable = true, performanceTargetsReasonable = true,
            reviewDecision = "approve", reviewOpinion = "同意",
        });

        Assert.That(ErrorKeys(await ProblemAsync(response, HttpStatusCode.BadRequest)), Is.EqualTo(new[] { "art-11" }));
        Assert.That((await ProjectAsync(project.Id)).GetProperty("stage").GetString(), Is.EqualTo("UnderReview"));
    }
}
