using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Processes;

/// <summary>Arts. 11, 14: the approval bureau confirms or corrects the applicant's plan and major-project flags; the major-project routing follows the confirmed value.</summary>
public sealed class MaterialReviewTests(string provider) : NewProjectFixture(provider)
{
    [Test]
    public async Task ShouldRouteAProjectCorrectedToMajorThroughTheBudgetReview()
    {
        var projectId = await StartProjectAsync();
        await ApplyAsync(projectId);

        await MaterialReviewAsync(projectId, projectScale: "major");
        await TechnicalAndBureauReviewAsync(projectId);

        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "majorBudgetReview" }));
    }

    [Test]
    public async Task ShouldWriteTheCorrectionToTheHistoryOldAndNew()
    {
        var projectId = await StartProjectAsync();
        await ApplyAsync(projectId);

        await MaterialReviewAsync(projectId, projectScale: "major");

        var project = await ProjectAsync(projectId);
        var correction = project.GetProperty("history").EnumerateArray().Single(row => row.GetProperty("change").GetString()!.StartsWith("材料审查更正"));
        Assert.That((Flag(correction, "oldValue", "IsMajor"), Flag(correction, "newValue", "IsMajor")), Is.EqualTo((false, true)));
        Assert.That(project.GetProperty("major").GetBoolean(), Is.True);
    }

    [Test]
    public async Task ShouldRecordAProjectCorrectedToOutsideThePlan()
    {
        var projectId = await StartProjectAsync();
        await ApplyAsync(projectId);

        await MaterialReviewAsync(projectId, annualPlanStatus: "outside-plan");

        Assert.That((await ProjectAsync(projectId)).GetProperty("inAnnualPlan").GetBoolean(), Is.False);
        Assert.That(await HistoryAsync(projectId), Has.Some.StartsWith("材料审查更正：计划内→计划外"));
    }

    [Test]
    public async Task ShouldSendAProjectCorrectedToOutsideThePlanToThePreReview()
    {
        var projectId = await StartProjectAsync();
        await ApplyAsync(projectId);

        await MaterialReviewAsync(projectId, annualPlanStatus: "outside-plan");

        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "bureauPreReview" }));
    }

    [Test]
    public async Task ShouldGoOnToTheTechnicalReviewOnceTheCountyApprovesAProjectCorrectedToOutsideThePlan()
    {
        var projectId = await StartProjectAsync();
        await ApplyAsync(projectId);
        await MaterialReviewAsync(projectId, annualPlanStatus: "outside-plan");

        await CompleteAsync(projectId, "bureauPreReview", "bureau", new { preReviewDecision = "approve", preReviewOpinion = "同意报县政府审批" });
        await CompleteAsync(projectId, "countyApproval", "county", new { countyDecision = "approve", countyOpinion = "同意" });

        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "technicalReview" }));
    }

    [Test]
    public async Task ShouldNotSendAProjectOutsideThePlanToThePreReviewAgainAfterTheCountyApprovedIt()
    {
        var projectId = await StartProjectAsync(application => application with { PlanEntryId = null });
        await ApplyAsync(projectId);
        await CompleteAsync(projectId, "bureauPreReview", "bureau", new { preReviewDecision = "approve", preReviewOpinion = "同意报县政府审批" });
        await CompleteAsync(projectId, "countyApproval", "county", new { countyDecision = "approve", countyOpinion = "同意" });

        await MaterialReviewAsync(projectId, annualPlanStatus: "outside-plan");

        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "technicalReview" }));
    }

    [Test]
    public async Task ShouldRefuseToPassTheMaterialsWithoutConfirmingTheFlags()
    {
        var projectId = await StartProjectAsync();
        await ApplyAsync(projectId);

        var response = await SubmitAsync(projectId, "materialReview", "approval", new { materialDecision = "approve", materialOpinion = "材料齐全" });

        Assert.That(await ProblemKeysAsync(response), Is.EquivalentTo(new[] { "annualPlanStatus", "projectScale" }));
    }

    private static bool Flag(JsonElement row, string column, string name) =>
        JsonDocument.Parse(row.GetProperty(column).GetString()!).RootElement.GetProperty(name).GetBoolean();
}
