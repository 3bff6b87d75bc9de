using Workflows.Engine.Execution;
using Workflows.Persistence.Definitions;
using Workflows.Runtime.Common;
using Workflows.Runtime.Definitions.ListVersions;
using Workflows.Runtime.Definitions.PublishDefinition;
using Workflows.Runtime.Definitions.Publishing;
using Workflows.Runtime.Definitions.RetireDefinition;
using Workflows.Runtime.Definitions.SaveDraft;
using Workflows.Runtime.Instances.GetInstance;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Definitions;

[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class DefinitionVersioningTests(string provider) : ProviderFixture(provider)
{
    [Test]
    public async Task ShouldPublishTheFirstVersionAsOne()
    {
        var outcome = await PublishAssetAsync("approval");

        Assert.That(outcome, Is.EqualTo(new PublishOutcome("approval", 1, Published: true)));
    }

    [Test]
    public async Task ShouldNotRepublishIdenticalXml()
    {
        await PublishAssetAsync("approval");

        var second = await PublishAssetAsync("approval");

        Assert.That(second, Is.EqualTo(new PublishOutcome("approval", 1, Published: false)));
    }

    [Test]
    public async Task ShouldBumpTheVersionWhenTheXmlChanges()
    {
        await PublishAssetAsync("approval");

        var second = await PublishAsync("approval", ApprovalV2);

        Assert.That(second.Version, Is.EqualTo(2));
    }

    [Test]
    public async Task ShouldKeepADraftUnversionedUntilPublished()
    {
        await Host.SendAsync(new SaveDraft("approval", TestAssets.Read("approval.bpmn")));

        var versions = await Host.QueryAsync(new ListVersions("approval"));

        Assert.That(versions.Select(v => (v.Version, v.Status)), Is.EqualTo(new[] { ((int?)null, DefinitionStatus.Draft) }));
    }

    [Test]
    public async Task ShouldReturnTheProblemsOfAnInvalidDraft()
    {
        var saved = await Host.SendAsync(new SaveDraft("invalid", TestAssets.Read("invalid.bpmn")));

        Assert.That(saved.Problems, Is.Not.Empty);
    }

    [Test]
    public async Task ShouldRefuseToPublishAnInvalidDraft()
    {
        await Host.SendAsync(new SaveDraft("invalid", TestAssets.Read("invalid.bpmn")));

        Assert.That(() => Host.SendAsync(new PublishDefinition("invalid")), Throws.InstanceOf<InvalidRequestException>());
    }

    [Test]
    public async Task ShouldStartNewInstancesOnTheLatestVersion()
    {
        await PublishAssetAsync("approval");
        await PublishAsync("approval", ApprovalV2);

        var started = await StartAsync("approval");

        Assert.That(started.Version, Is.EqualTo(2));
    }

    [Test]
    public async Task ShouldRefuseToStartARetiredDefinition()
    {
        await PublishAssetAsync("approval");
        await Host.SendAsync(new RetireDefinition("approval", 1, "admin"));

        Assert.That(() => StartAsync("approval"), Throws.InstanceOf<NotFoundException>());
    }

    [Test]
    public async Task ShouldFinishAnInstanceOnTheVersionItStartedOn()
    {
        await PublishAssetAsync("approval");
        var started = await StartAsync("approval");
        await PublishAsync("approval", ApprovalV2);

        await InstanceDriver.CompleteAllTasksAsync(Host, started.InstanceId);

        var details = await Host.QueryAsync(new GetInstance(started.InstanceId));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(details.Status, Is.EqualTo(InstanceStatus.Completed));
            Assert.That(details.History.Select(h => h.DefinitionVersion).Distinct(), Is.EqualTo(new[] { 1 }));
        }
    }

    private static string ApprovalV2 => TestAssets.Read("approval.bpmn").Replace("Bureau review", "Bureau review (v2)");
}
