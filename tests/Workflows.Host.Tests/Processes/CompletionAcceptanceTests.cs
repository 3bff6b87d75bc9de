using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Processes;

/// <summary>Arts. 22-24: the completion acceptance is passed, sent to rework or failed; a pass needs shared data (art. 23) and secure, controllable products (art. 24).</summary>
public sealed class CompletionAcceptanceTests(string provider) : NewProjectFixture(provider)
{
    [Test]
    public async Task ShouldFileTheReportOfAPassedAcceptance()
    {
        var projectId = await RunToAcceptanceAsync();

        await AcceptAsync(projectId, "pass", Today).EnsureSuccessAsync();

        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "fileAcceptanceReport" }));
        Assert.That((await ProjectAsync(projectId)).GetProperty("stage").GetString(), Is.EqualTo("Accepted"));
    }

    [Test]
    public async Task ShouldSendAnAcceptanceForReworkBackToConstruction()
    {
        var projectId = await RunToAcceptanceAsync();

        await AcceptAsync(projectId, "rework", Today).EnsureSuccessAsync();

        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "reportProgress" }));
        Assert.That(await LastAcceptanceDecisionAsync(projectId), Is.EqualTo("Return"));
    }

    [Test]
    public async Task ShouldRecordAFailedAcceptanceAndResumeConstruction()
    {
        var projectId = await RunToAcceptanceAsync();

        await AcceptAsync(projectId, "fail", Today, dataShared: false, secure: false).EnsureSuccessAsync();

        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "reportProgress" }));
        Assert.That(await LastAcceptanceDecisionAsync(projectId), Is.EqualTo("Reject"));
        Assert.That((await ProjectAsync(projectId)).GetProperty("stage").GetString(), Is.EqualTo("UnderConstruction"));
    }

    [Test]
    public async Task ShouldRefuseToPassAnAcceptanceOfProductsThatAreNotSecureAndControllable()
    {
        var projectId = await RunToAcceptanceAsync();

        var response = await AcceptAsync(projectId, "pass", Today, secure: false);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "secureAndControllable" }));
        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "completionAcceptance" }));
    }

    [Test]
    public async Task ShouldRefuseToPassAnAcceptanceWhoseDataIsNotShared()
    {
        var projectId = await RunToAcceptanceAsync();

        var response = await AcceptAsync(projectId, "pass", Today, dataShared: false);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "dataSharedToPlatform" }));
    }

    private async Task<Guid> RunToAcceptanceAsync()
    {
        var projectId = await StartProjectAsync();
        await RunToBudgetedAsync(projectId);
        await ProcureAsync(projectId);
        await SignContractAsync(projectId, 450_000m, Today).EnsureSuccessAsync();
        await FileAndBuildAsync(projectId);
        return projectId;
    }

    private async Task<string?> LastAcceptanceDecisionAsync(Guid projectId) =>
        (await ProjectAsync(projectId)).GetProperty("reviews").EnumerateArray()
            .Last(review => review.GetProperty("stage").GetString() == "CompletionAcceptance").GetProperty("decision").GetString();
}
