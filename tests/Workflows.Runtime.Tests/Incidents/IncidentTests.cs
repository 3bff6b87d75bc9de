using Microsoft.EntityFrameworkCore;
using Workflows.Persistence.Definitions;
using Workflows.Persistence.Incidents;
using Workflows.Runtime.Incidents.RetryIncident;
using Workflows.Runtime.Instances.GetInstance;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Incidents;

[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class IncidentTests(string provider) : ProviderFixture(provider)
{
    [Test]
    public async Task ShouldRecordAnIncidentWhenAServiceTaskThrows()
    {
        await PublishAssetAsync("service-step");
        Host.Flaky.Broken = true;

        var started = await StartAsync("service-step");

        var incidents = await Host.ReadAsync(db => db.Set<IncidentRecord>().Where(i => i.InstanceId == started.InstanceId).ToListAsync());
        Assert.That(incidents.Select(i => (i.ActivityId, i.Resolved)), Is.EqualTo(new[] { ("record", false) }));
    }

    [Test]
    public async Task ShouldRunAWorkingServiceTaskOnceWithoutAnIncident()
    {
        await PublishAssetAsync("service-step");

        var started = await StartAsync("service-step");

        await AssertPassedTheServiceTaskOnceAsync(started.InstanceId);
    }

    [Test]
    public async Task ShouldRollBackTheDatabaseEffectsOfAThrowingServiceTask()
    {
        await PublishAssetAsync("service-step");
        Host.Flaky.Broken = true;

        await StartAsync("service-step");

        Assert.That(await SideEffectDraftsAsync(), Is.Zero);
    }

    [Test]
    public async Task ShouldContinueAfterARetryOnceTheHandlerIsFixed()
    {
        await PublishAssetAsync("service-step");
        Host.Flaky.Broken = true;
        var started = await StartAsync("service-step");
        var incident = await Host.ReadAsync(db => db.Set<IncidentRecord>().SingleAsync(i => i.InstanceId == started.InstanceId));
        Host.Flaky.Broken = false;

        await Host.SendAsync(new RetryIncident(incident.Id, Actor: "admin"));

        await AssertPassedTheServiceTaskOnceAsync(started.InstanceId);
    }

    [Test]
    public async Task ShouldRecordAnIncidentWhenNoConditionMatches()
    {
        await PublishAssetAsync("no-default");

        var started = await StartAsync("no-default", variables: Variables.Of(("amount", 7)));

        var details = await Host.QueryAsync(new GetInstance(started.InstanceId));
        Assert.That(details.OpenIncidents.Select(i => i.ActivityId), Is.EqualTo(new[] { "route" }));
    }

    /// <summary>The instance waits at the task after the service task, with no incident and the handler's one draft saved.</summary>
    private async Task AssertPassedTheServiceTaskOnceAsync(Guid instanceId)
    {
        var details = await Host.QueryAsync(new GetInstance(instanceId));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(details.ActiveActivityIds, Is.EqualTo(new[] { "check" }));
            Assert.That(details.OpenIncidents, Is.Empty);
            Assert.That(await SideEffectDraftsAsync(), Is.EqualTo(1));
        }
    }

    private Task<int> SideEffectDraftsAsync() => Host.ReadAsync(db =>
        db.Definitions.CountAsync(d => d.Key == FlakyServiceTask.SideEffectKey && d.Status == DefinitionStatus.Draft));
}
