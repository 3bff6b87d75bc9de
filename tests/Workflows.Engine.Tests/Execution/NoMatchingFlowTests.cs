using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

/// <summary>A start may ask for Camunda's behaviour when no gateway flow matches: the command fails instead of
/// leaving an incident at the gateway (the store then saves nothing).</summary>
public sealed class NoMatchingFlowTests
{
    private static readonly string Model = Bpmn.Process("strict", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "gateway")}
        <exclusiveGateway id="gateway" />
        {Bpmn.Flow("yes", "gateway", "approved", "${approved == true}")}
        {Bpmn.Flow("no", "gateway", "end", "${approved == false}")}
        <userTask id="approved" />
        {Bpmn.Flow("f2", "approved", "end")}
        <endEvent id="end" />
        """);

    [Test]
    public void ShouldFailTheStartAndSaveNothingWhenAsked()
    {
        var harness = new EngineHarness();
        var definition = harness.Deploy(Model);

        Assert.That(async () => await harness.Engine.StartAsync(harness.Session, definition,
                new StartRequest(null, Vars.Of(new { approved = "maybe" }), "starter", FailWhenNoFlowMatches: true)),
            Throws.TypeOf<NoMatchingFlowException>().With.Property(nameof(NoMatchingFlowException.GatewayId)).EqualTo("gateway"));
    }

    [Test]
    public async Task ShouldKeepTheInstanceWithAnIncidentByDefault()
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(harness.Deploy(Model), new { approved = "maybe" });

        Assert.That((instance.Status, instance.Incidents.Single().ActivityId), Is.EqualTo((InstanceStatus.Running, "gateway")));
    }
}
