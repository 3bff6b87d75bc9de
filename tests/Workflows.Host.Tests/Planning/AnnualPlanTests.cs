using System.Net;
using System.Net.Http.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Planning;

/// <summary>Art. 7: departments submit their yearly projects; the bureau consolidates, the county government approves, the plan is published.</summary>
public sealed class AnnualPlanTests(string provider) : PlanSteps(provider)
{
    [Test]
    public async Task ShouldPublishTheEntriesOnceTheBureauConsolidatesThemAndTheCountyApprovesThem()
    {
        var year = ThisYear + 1;
        var entryId = await DraftEntryAsync(year);

        await SubmitPlanAsync(year).EnsureSuccessAsync();
        Assert.That(EntryOf(await PlanAsync(year, "bureau"), entryId).GetProperty("status").GetString(), Is.EqualTo("Submitted"));
        await CompletePlanTaskAsync(year, "consolidatePlanEntries", "bureau", new { consolidationDecision = "approve", consolidationOpinion = "同意" }).EnsureSuccessAsync();
        Assert.That(EntryOf(await PlanAsync(year, "bureau"), entryId).GetProperty("status").GetString(), Is.EqualTo("Submitted"));
        await CompletePlanTaskAsync(year, "countyPlanApproval", "county", new { countyPlanDecision = "approve", countyPlanOpinion = "同意" }).EnsureSuccessAsync();

        var plan = await PlanAsync(year, "dept-a");
        Assert.That(EntryOf(plan, entryId).GetProperty("status").GetString(), Is.EqualTo("Published"));
        Assert.That(plan.GetProperty("publishedTotal").GetDecimal(), Is.EqualTo(800_000m));
    }

    [Test]
    public async Task ShouldReturnTheSubmissionToTheDepartmentWithTheBureausReasonAndTakeItBackRevised()
    {
        var year = ThisYear + 2;
        var entryId = await DraftEntryAsync(year);
        await SubmitPlanAsync(year).EnsureSuccessAsync();

        await CompletePlanTaskAsync(year, "consolidatePlanEntries", "bureau", new { consolidationDecision = "return", consolidationOpinion = "估算投资偏高，请核减" }).EnsureSuccessAsync();
        var returned = EntryOf(await PlanAsync(year, "dept-a"), entryId);
        Assert.That(returned.GetProperty("status").GetString(), Is.EqualTo("Returned"));
        Assert.That(returned.GetProperty("returnReason").GetString(), Does.Contain("估算投资偏高"));

        await (await SignInAsync("dept-a")).PutAsJsonAsync($"/api/plans/{year}/entries/{entryId}",
            new { name = "智慧教育平台升级", description = "核减后", estimatedBudget = 600_000m }).EnsureSuccessAsync();
        await CompletePlanTaskAsync(year, "revisePlanEntries", "dept-a", new { planRevisionNote = "已核减投资" }).EnsureSuccessAsync();
        var resubmitted = EntryOf(await PlanAsync(year, "bureau"), entryId);
        Assert.That((resubmitted.GetProperty("status").GetString(), resubmitted.GetProperty("estimatedBudget").GetDecimal()), Is.EqualTo(("Submitted", 600_000m)));
        await CompletePlanTaskAsync(year, "consolidatePlanEntries", "bureau", new { consolidationDecision = "approve", consolidationOpinion = "同意" }).EnsureSuccessAsync();
    }

    [TestCase("dept-a")]
    [TestCase("bureau")]
    public async Task ShouldRefuseToStartThePlanProcessByHandSoNoEntryEscapesTheSubmission(string userName)
    {
        var year = ThisYear;
        var entryId = await DraftEntryAsync(year);

        using var response = await (await SignInAsync(userName)).PostAsJsonAsync("/api/instances",
            new { definitionKey = "annual-plan", variables = new { departmentCode = Department, planYear = year } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(EntryOf(await PlanAsync(year, "bureau"), entryId).GetProperty("status").GetString(), Is.EqualTo("Draft"));
    }

    [Test]
    public async Task ShouldRefuseASubmissionWithoutEntriesNamingArticleSeven()
    {
        var response = await SubmitPlanAsync(ThisYear + 3);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-7" }));
    }

    [Test]
    public async Task ShouldRefuseToChangeAnEntryWhileItIsUnderReview()
    {
        var year = ThisYear + 4;
        var entryId = await DraftEntryAsync(year);
        await SubmitPlanAsync(year).EnsureSuccessAsync();

        var response = await (await SignInAsync("dept-a")).PutAsJsonAsync($"/api/plans/{year}/entries/{entryId}",
            new { name = "改名", description = "", estimatedBudget = 1m });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task ShouldShowAClerkOnlyItsOwnDepartmentsPlanAndLetNoOtherChangeIt()
    {
        var year = ThisYear + 5;
        var entryId = await DraftEntryAsync(year);

        var seenByHealth = await PlanAsync(year, "dept-b");
        var changedByHealth = await (await SignInAsync("dept-b")).DeleteAsync($"/api/plans/{year}/entries/{entryId}");
        var draftedByBureau = await (await SignInAsync("bureau")).PostAsJsonAsync($"/api/plans/{year}/entries", new { name = "代报", estimatedBudget = 1m });

        Assert.That(seenByHealth.GetProperty("entries").GetArrayLength(), Is.Zero);
        Assert.That(seenByHealth.GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("code").GetString()), Is.EqualTo(new[] { "health" }));
        Assert.That((changedByHealth.StatusCode, draftedByBureau.StatusCode), Is.EqualTo((HttpStatusCode.NotFound, HttpStatusCode.Forbidden)));
        Assert.That(EntryOf(await PlanAsync(year, "bureau"), entryId).GetProperty("status").GetString(), Is.EqualTo("Draft"));
    }

    [Test]
    public async Task ShouldRefuseAnEntryWithoutAnEstimatedBudgetKeyedByTheField()
    {
        var response = await (await SignInAsync("dept-a")).PostAsJsonAsync($"/api/plans/{ThisYear}/entries", new { name = "无预算", estimatedBudget = 0m });

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "estimatedBudget" }));
    }
}
