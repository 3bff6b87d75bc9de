using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

public sealed class ServiceTaskTests
{
    private static readonly string Scoring = Bpmn.Process("scoring", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "score")}
        <serviceTask id="score" camunda:class="score" />
        {Bpmn.Flow("f2", "score", "review")}
        <userTask id="review" />
        {Bpmn.Flow("f3", "review", "end")}
        <endEvent id="end" />
        """);

    [Test]
    public async Task ShouldApplyTheVariablesTheHandlerSets()
    {
        var harness = new EngineHarness(new DelegateHandler("score", context => context.SetVariable("score", 87)));

        var instance = await harness.StartAsync(harness.Deploy(Scoring));

        Assert.That(instance.Variables["score"].GetInt32(), Is.EqualTo(87));
        Assert.That(harness.Events.OfType<VariableChanged>().Single(e => e.Name == "score").NewValue.GetInt32(), Is.EqualTo(87));
        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "review" }));
    }

    [Test]
    public async Task ShouldParkTheTokenOnAnIncidentWhenTheHandlerThrows()
    {
        var harness = new EngineHarness(new DelegateHandler("score", _ => throw new InvalidOperationException("scoring service down")));

        var instance = await harness.StartAsync(harness.Deploy(Scoring));

        var incident = instance.Incidents.Single();
        Assert.That(incident.ActivityId, Is.EqualTo("score"));
        Assert.That(incident.Message, Does.Contain("scoring service down"));
        Assert.That(instance.Executions.Single(e => e.ActivityId == "score").State, Is.EqualTo(ExecutionState.Failed));
        Assert.That(harness.Events.OfType<InstanceStarted>(), Has.Exactly(1).Items);
    }

    [Test]
    public async Task ShouldRunTheHandlerAgainWhenTheIncidentIsRetried()
    {
        var failing = true;
        var handler = new DelegateHandler("score", context =>
        {
            if (failing)
                throw new InvalidOperationException("scoring service down");
            context.SetVariable("score", 90);
        });
        var harness = new EngineHarness(handler);
        var instance = await harness.StartAsync(harness.Deploy(Scoring));
        failing = false;

        await harness.RetryAsync(instance);

        Assert.That(handler.Calls, Is.EqualTo(2));
        Assert.That(instance.Incidents, Is.Empty);
        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "review" }));
    }

    [Test]
    public async Task ShouldRejectRetryingAnIncidentThatIsNotOpen()
    {
        var harness = new EngineHarness(new DelegateHandler("score", _ => { }));
        var instance = await harness.StartAsync(harness.Deploy(Scoring));

        Assert.That(async () => await harness.Engine.RetryIncidentAsync(harness.Session, instance, Guid.NewGuid(), null, "admin"),
            Throws.TypeOf<IncidentNotFoundException>());
    }
}
