using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Seeding;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Host.Tests.Evaluation;

/// <summary>
/// Art. 29: the bureau's application-efficiency evaluation of a running system, by document review, a third party or a public
/// questionnaire, scored on each dimension the article names; listed per system and per year.
/// </summary>
public sealed class ApplicationEvaluationTests(string provider) : NewProjectFixture(provider)
{
    private static readonly string[] Dimensions = ["SupportCapacity", "UserSatisfaction", "EfficiencyGain", "Sustainability", "Security"];

    private static int ThisYear => DateTime.UtcNow.AddHours(8).Year;

    [Test]
    public async Task ShouldRecordTheBureausEvaluationOfARunningSystemWithAScorePerDimension()
    {
        var systemId = await SystemAsync(DemoData.DepartmentA, SystemStatus.Running);

        await EvaluateAsync("bureau", systemId, Evaluation()).EnsureSuccessAsync();

        var listed = (await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>($"/api/catalogue/{systemId}/application-evaluations")).EnumerateArray().Single();
        Assert.That(listed.GetProperty("scores").EnumerateArray().Select(s => (s.GetProperty("dimension").GetString(), s.GetProperty("value").GetInt32())),
            Is.EquivalentTo(Dimensions.Select((d, i) => (d, 80 + i))));
        Assert.That((listed.GetProperty("thirdParty").GetString(), listed.GetProperty("questionnaireResponses").GetInt32(), listed.GetProperty("recordedBy").GetString()),
            Is.EqualTo(("某评估中心", 320, "bureau")));
        var ofYear = await (await SignInAsync("finance")).GetFromJsonAsync<JsonElement>($"/api/evaluations/applications?year={ThisYear}");
        Assert.That(ofYear.EnumerateArray().Select(e => e.GetProperty("systemId").GetGuid()), Does.Contain(systemId));
    }

    [Test]
    public async Task ShouldRefuseAnEvaluationThatLeavesOutADimensionNamingArticleTwentyNine()
    {
        var systemId = await SystemAsync(DemoData.DepartmentA, SystemStatus.Running);

        var response = await EvaluateAsync("bureau", systemId, Evaluation(dimensions: Dimensions[..4]));

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-29" }));
    }

    [Test]
    public async Task ShouldRefuseAnEvaluationByNoneOfTheThreeMethodsNamingArticleTwentyNine()
    {
        var systemId = await SystemAsync(DemoData.DepartmentA, SystemStatus.Running);

        var response = await EvaluateAsync("bureau", systemId, Evaluation(documentReview: false, thirdParty: null, questionnaireResponses: null));

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-29" }));
    }

    [Test]
    public async Task ShouldRefuseToEvaluateASystemThatIsNotRunning()
    {
        var systemId = await SystemAsync(DemoData.DepartmentA, SystemStatus.Building);

        var response = await EvaluateAsync("bureau", systemId, Evaluation());

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-29" }));
    }

    [TestCase(CatalogueEntryStatus.Proposed, SystemStatus.Running)]
    [TestCase(CatalogueEntryStatus.Refused, SystemStatus.Running)]
    [TestCase(CatalogueEntryStatus.Confirmed, SystemStatus.Retired)]
    public async Task ShouldRefuseToEvaluateASystemOutsideTheCatalogueAsAConflictNamingArticleTwentyNine(CatalogueEntryStatus entry, SystemStatus status)
    {
        var systemId = await SystemSetup.ListAsync(App, DemoData.DepartmentA, status, entry, status == SystemStatus.Retired ? DateOnly.Parse(Today) : null);

        var response = await EvaluateAsync("bureau", systemId, Evaluation());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await response.Content.ReadAsStringAsync());
        Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { "art-29" }));
    }

    [Test]
    public async Task ShouldLetOnlyTheBureauEvaluateAndAClerkReadOnlyItsOwnSystems()
    {
        var systemId = await SystemAsync(DemoData.DepartmentA, SystemStatus.Running);

        foreach (var user in new[] { "dept-a", "finance", "dgsc" })
            Assert.That((await EvaluateAsync(user, systemId, Evaluation())).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), user);
        var read = await (await SignInAsync("dept-b")).GetAsync($"/api/catalogue/{systemId}/application-evaluations");
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private object Evaluation(string[]? dimensions = null, bool documentReview = true, string? thirdParty = "某评估中心", int? questionnaireResponses = 320) => new
    {
        year = ThisYear, evaluatedOn = Today, evaluator = "县政务信息管理局评估组", documentReview, thirdParty, questionnaireResponses,
        scores = (dimensions ?? Dimensions).Select((dimension, i) => new { dimension, score = 80 + i, conclusion = "达到预期" }),
        conclusion = "系统运行平稳，成效良好",
    };

    private async Task<HttpResponseMessage> EvaluateAsync(string user, Guid systemId, object evaluation) =>
        await (await SignInAsync(user)).PostAsJsonAsync($"/api/catalogue/{systemId}/application-evaluations", evaluation);

    private Task<Guid> SystemAsync(string department, SystemStatus status) => SystemSetup.ListAsync(App, department, status);
}
