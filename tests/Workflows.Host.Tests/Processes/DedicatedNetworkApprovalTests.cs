using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Projects.Commands.RegisterProject;

namespace Workflows.Host.Tests.Processes;

/// <summary>
/// Art. 11: no new dedicated business network unless national rules require one, and such a network needs the bureau's consent.
/// An application that declares one (新建业务专网) is not approved before the dedicated-network exception has the bureau's
/// consent; after a refusal the department drops the network from its application and the project can be approved.
/// </summary>
public sealed class DedicatedNetworkApprovalTests(string provider) : NewProjectFixture(provider)
{
    private static ProjectApplication BuildingANetwork(ProjectApplication application) => application with { BuildsDedicatedNetwork = true };

    [Test]
    public async Task ShouldRefuseTheBureauApprovalOfAProjectBuildingADedicatedNetworkWithoutConsent()
    {
        var projectId = await ReviewedUpToTheBureauAsync();

        var response = await BureauReviewAsync(projectId, "approve");

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-11" }));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("专网"));
        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "bureauReview" }));
        var application = (await ProjectAsync(projectId)).GetProperty("application");
        Assert.That(application.GetProperty("buildsDedicatedNetwork").GetBoolean(), Is.True);
    }

    [Test]
    public async Task ShouldApproveTheProjectOnceTheBureauConsentsToTheNetwork()
    {
        var projectId = await ReviewedUpToTheBureauAsync();

        await DecideNetworkAsync(projectId, "approve");
        await BureauReviewAsync(projectId, "approve").EnsureSuccessAsync();

        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "budgetApproval" }));
        Assert.That((await ProjectAsync(projectId)).GetProperty("dedicatedNetwork").GetString(), Is.EqualTo("Consented"));
    }

    [Test]
    public async Task ShouldApproveTheProjectOnceTheDepartmentDropsARefusedNetworkFromItsApplication()
    {
        var projectId = await ReviewedUpToTheBureauAsync();
        await DecideNetworkAsync(projectId, "reject");

        var refused = await BureauReviewAsync(projectId, "approve");
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("不同意建设业务专网"));
        await BureauReviewAsync(projectId, "return").EnsureSuccessAsync();
        var clerk = await SignInAsync("dept-a");
        var application = (await ProjectAsync(projectId)).GetProperty("application").EnumerateObject()
            .ToDictionary(p => p.Name, p => (object?)p.Value);
        application["buildsDedicatedNetwork"] = false;
        var revised = await clerk.PutAsJsonAsync($"/api/projects/{projectId}", application).EnsureSuccessAsync();
        await CompleteAsync(projectId, "reviseApplication", "dept-a", new { revisionNote = "改用电子政务外网承载，不再新建专网" });
        await BureauReviewAsync(projectId, "approve").EnsureSuccessAsync();

        var history = (await revised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("history").EnumerateArray()
            .Select(row => row.GetProperty("change").GetString()).ToList();
        Assert.That(history, Does.Contain("修改新建业务专网：是 → 否"));
        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "budgetApproval" }));
    }

    [Test]
    public async Task ShouldApproveAProjectThatBuildsNoNetworkWithoutAnyConsent()
    {
        var projectId = await ReviewedUpToTheBureauAsync(network: false);

        await BureauReviewAsync(projectId, "approve").EnsureSuccessAsync();

        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "budgetApproval" }));
        Assert.That((await ProjectAsync(projectId)).GetProperty("application").GetProperty("buildsDedicatedNetwork").GetBoolean(), Is.False);
    }

    private async Task<Guid> ReviewedUpToTheBureauAsync(bool network = true)
    {
        var projectId = await StartProjectAsync(network ? BuildingANetwork : null);
        await ApplyAsync(projectId);
        await MaterialReviewAsync(projectId);
        await CompleteAsync(projectId, "technicalReview", "dgsc", new { technicalDecision = "approve", technicalOpinion = "方案可行" });
        return projectId;
    }

    /// <summary>The dedicated-network exception as its roles take it: the department states the legal basis, the bureau decides.</summary>
    private async Task DecideNetworkAsync(Guid projectId, string networkDecision)
    {
        await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/instances", new
        {
            definitionKey = "dedicated-network-exception", businessKey = projectId.ToString(), variables = new { projectId },
        }).EnsureSuccessAsync();
        await CompleteAsync(projectId, "stateLegalBasis", "dept-a", new { legalBasis = "《某行业专网建设规定》第五条", justification = "国家规定须专网承载" });
        await CompleteAsync(projectId, "bureauNetworkReview", "bureau", new { networkDecision, networkOpinion = "经研究决定" });
    }

    private Task<HttpResponseMessage> BureauReviewAsync(Guid projectId, string reviewDecision) =>
        SubmitAsync(projectId, "bureauReview", "bureau", new
        {
            needReasonable = true, intensiveConstruction = true, planFeasible = true, budgetReasonable = true, performanceTargetsReasonable = true,
            reviewDecision, reviewOpinion = "审查意见",
        });
}
