using System.Net;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Processes;

/// <summary>Art. 14: the provincial and municipal budget review of a major project, recorded as decided; art. 13: finance stays within it.</summary>
public sealed class MajorBudgetReviewTests(string provider) : NewProjectFixture(provider)
{
    [Test]
    public async Task ShouldApproveTheBudgetReviewAtTheAppliedTotal()
    {
        var projectId = await RunToMajorBudgetReviewAsync();

        await ReviewAsync(projectId, "approve", reviewedBudget: null).EnsureSuccessAsync();

        var review = (await ProjectAsync(projectId)).GetProperty("reviews").EnumerateArray().Last();
        Assert.That((review.GetProperty("stage").GetString(), review.GetProperty("decision").GetString(), review.GetProperty("amount").GetDecimal()),
            Is.EqualTo(("MajorBudgetReview", "Approve", 500_000m)));
        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "budgetApproval" }));
    }

    [Test]
    public async Task ShouldRecordAReducedBudgetReviewWithItsAmount()
    {
        var projectId = await RunToMajorBudgetReviewAsync();

        await ReviewAsync(projectId, "reduce", 400_000m).EnsureSuccessAsync();

        var review = (await ProjectAsync(projectId)).GetProperty("reviews").EnumerateArray().Last();
        Assert.That((review.GetProperty("decision").GetString(), review.GetProperty("amount").GetDecimal()), Is.EqualTo(("Reduce", 400_000m)));
    }

    [Test]
    public async Task ShouldRefuseAReductionWithoutTheReviewedAmount()
    {
        var projectId = await RunToMajorBudgetReviewAsync();

        var response = await ReviewAsync(projectId, "reduce", reviewedBudget: null);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "reviewedBudget" }));
        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "majorBudgetReview" }));
    }

    [Test]
    public async Task ShouldRefuseAnApprovalAboveTheAppliedTotal()
    {
        var projectId = await RunToMajorBudgetReviewAsync();

        var response = await ReviewAsync(projectId, "approve", 600_000m);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "reviewedBudget" }));
    }

    [Test]
    public async Task ShouldEndTheProjectTheBudgetReviewRejects()
    {
        var projectId = await RunToMajorBudgetReviewAsync();

        await ReviewAsync(projectId, "reject", reviewedBudget: null).EnsureSuccessAsync();

        Assert.That(await OpenActivitiesAsync(projectId), Is.Empty);
        Assert.That((await ProjectAsync(projectId)).GetProperty("stage").GetString(), Is.EqualTo("Rejected"));
    }

    [Test]
    public async Task ShouldRefuseFinanceABudgetAboveTheReducedAmount()
    {
        var projectId = await RunToMajorBudgetReviewAsync();
        await ReviewAsync(projectId, "reduce", 400_000m).EnsureSuccessAsync();

        var response = await ApproveBudgetAsync(projectId, 450_000m);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "approvedBudget" }));
        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "budgetApproval" }));
    }

    [Test]
    public async Task ShouldLetFinanceApproveTheReducedAmount()
    {
        var projectId = await RunToMajorBudgetReviewAsync();
        await ReviewAsync(projectId, "reduce", 400_000m).EnsureSuccessAsync();

        await ApproveBudgetAsync(projectId, 400_000m).EnsureSuccessAsync();

        Assert.That((await ProjectAsync(projectId)).GetProperty("approvedBudget").GetDecimal(), Is.EqualTo(400_000m));
        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "procurement" }));
    }

    [Test]
    public async Task ShouldForbidAClerkTheBudgetReview()
    {
        var projectId = await RunToMajorBudgetReviewAsync();
        var task = await TaskAsync(projectId, "majorBudgetReview", "finance");

        var response = await (await SignInAsync("dept-a")).PostAsync($"/api/tasks/{task.Id}/complete",
            System.Net.Http.Json.JsonContent.Create(new { variables = new { majorBudgetDecision = "approve", majorBudgetReviewOpinion = "同意" } }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    /// <summary>A project the applicant declared major, confirmed so by the approval bureau, approved by the bureau.</summary>
    private async Task<Guid> RunToMajorBudgetReviewAsync()
    {
        var projectId = await StartProjectAsync(application => application with { IsMajor = true });
        await ApplyAsync(projectId);
        await MaterialReviewAsync(projectId, projectScale: "major");
        await TechnicalAndBureauReviewAsync(projectId);
        return projectId;
    }

    private Task<HttpResponseMessage> ReviewAsync(Guid projectId, string decision, decimal? reviewedBudget) =>
        SubmitAsync(projectId, "majorBudgetReview", "finance", reviewedBudget is null
            ? (object)new { majorBudgetDecision = decision, majorBudgetReviewOpinion = "评审意见" }
            : new { majorBudgetDecision = decision, reviewedBudget, majorBudgetReviewOpinion = "评审意见" });
}
