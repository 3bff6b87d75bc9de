using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

public sealed class ExclusiveGatewayTests
{
    private static string Decision(string defaultAttribute) => Bpmn.Process("decision", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "gateway")}
        <exclusiveGateway id="gateway" {defaultAttribute} />
        {Bpmn.Flow("toSmall", "gateway", "small", "${size == 'small'}")}
        {Bpmn.Flow("toLarge", "gateway", "large", "${size == 'large'}")}
        {Bpmn.Flow("toManual", "gateway", "manual")}
        <userTask id="small" />
        <userTask id="large" />
        <userTask id="manual" />
        {Bpmn.Flow("f2", "small", "end")}
        {Bpmn.Flow("f3", "large", "end")}
        {Bpmn.Flow("f4", "manual", "end")}
        <endEvent id="end" />
        """);

    private static readonly string WithoutDefault = Bpmn.Process("strict", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "gateway")}
        <exclusiveGateway id="gateway" />
        {Bpmn.Flow("yes", "gateway", "approved", "${approved == true}")}
        {Bpmn.Flow("no", "gateway", "rejected", "${approved == false}")}
        <userTask id="approved" />
        {Bpmn.Flow("f2", "approved", "end")}
        <endEvent id="rejected" />
        <endEvent id="end" />
        """);

    [Test]
    public async Task ShouldTakeTheFirstFlowWhoseConditionHolds()
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(harness.Deploy(Decision("""default="toManual" """)), new { size = "large" });

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "large" }));
    }

    [Test]
    public async Task ShouldTakeTheDefaultFlowWhenNoConditionHolds()
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(harness.Deploy(Decision("""default="toManual" """)), new { size = "medium" });

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "manual" }));
    }

    [Test]
    public async Task ShouldRaiseAnIncidentAtTheGatewayWhenNoFlowMatchesAndThereIsNoDefault()
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(harness.Deploy(WithoutDefault), new { approved = "maybe" });

        var incident = instance.Incidents.Single();
        Assert.That(incident.ActivityId, Is.EqualTo("gateway"));
        Assert.That(harness.Events.OfType<IncidentRaised>().Single().Incident.Id, Is.EqualTo(incident.Id));
        Assert.That(instance.Status, Is.EqualTo(InstanceStatus.Running));
    }

    [Test]
    public async Task ShouldContinueFromTheGatewayWhenTheIncidentIsRetriedWithFixedVariables()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(WithoutDefault), new { approved = "maybe" });

        await harness.RetryAsync(instance, new { approved = true });

        Assert.That(instance.Incidents, Is.Empty);
        Assert.That(harness.Events.OfType<IncidentResolved>(), Has.Exactly(1).Items);
        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "approved" }));
    }

    [Test]
    public async Task ShouldRaiseTheIncidentAgainWhenTheRetryStillMatchesNothing()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(WithoutDefault), new { approved = "maybe" });

        await harness.RetryAsync(instance);

        Assert.That(harness.Events.OfType<IncidentRaised>(), Has.Exactly(2).Items);
        Assert.That(instance.Incidents, Has.Exactly(1).Items);
    }

    [Test]
    public async Task ShouldRaiseAnIncidentWhenAConditionDoesNotEvaluateToABoolean()
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(harness.Deploy(WithoutDefault.Replace("${approved == true}", "${approved}")), new { approved = 3 });

        Assert.That(instance.Incidents.Single().Message, Does.Contain("not a boolean"));
    }
}
