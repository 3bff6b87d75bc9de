using Workflows.Engine.Execution;
using Workflows.Projects.Domain;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Processes;

[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class DedicatedNetworkProcessTests(string provider) : ProcessFixture(provider)
{
    [Test]
    public async Task ShouldRecordTheBureausConsentOnTheProject()
    {
        var projectId = await RegisterProjectAsync();
        var started = await StartProcessAsync("dedicated-network-exception", projectId);
        await CompleteAsync("stateLegalBasis", ProjectRoles.Department, ("legalBasis", "《某某法》第十条"), ("justification", "涉密业务"));
        await CompleteAsync("bureauNetworkReview", ProjectRoles.Bureau, ("networkDecision", "approve"), ("networkOpinion", "依据充分"));

        Assert.That(await StatusAsync(started.InstanceId), Is.EqualTo(InstanceStatus.Completed));
        Assert.That((await ProjectAsync(projectId)).DedicatedNetwork, Is.EqualTo(DedicatedNetworkStatus.Consented));
    }

    [Test]
    public async Task ShouldRecordTheBureausRefusalOnTheProject()
    {
        var projectId = await RegisterProjectAsync();
        await StartProcessAsync("dedicated-network-exception", projectId);
        await CompleteAsync("stateLegalBasis", ProjectRoles.Department, ("legalBasis", "《某某法》第十条"), ("justification", "业务需要"));
        await CompleteAsync("bureauNetworkReview", ProjectRoles.Bureau, ("networkDecision", "reject"), ("networkOpinion", "可使用电子政务外网"));

        Assert.That((await ProjectAsync(projectId)).DedicatedNetwork, Is.EqualTo(DedicatedNetworkStatus.Refused));
    }

    [Test]
    public async Task ShouldSendARequestWithoutLegalBasisBackToTheDepartment()
    {
        var projectId = await RegisterProjectAsync();
        var started = await StartProcessAsync("dedicated-network-exception", projectId);
        await CompleteAsync("stateLegalBasis", ProjectRoles.Department, ("legalBasis", " "), ("justification", "业务需要"));

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "stateLegalBasis" }));
        Assert.That(await VariableAsync(started.InstanceId, "ruleViolations"), Does.Contain("第十一条"));
    }
}
