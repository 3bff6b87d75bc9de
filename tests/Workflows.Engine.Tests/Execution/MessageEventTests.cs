using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

public sealed class MessageEventTests
{
    private const string Messages = """<message id="paidMessage" name="contract-paid" /><message id="withdrawnMessage" name="withdrawn" />""";

    private static readonly string WaitForPayment = Bpmn.Process("payment", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "paid")}
        <intermediateCatchEvent id="paid"><messageEventDefinition messageRef="paidMessage" /></intermediateCatchEvent>
        {Bpmn.Flow("f2", "paid", "archive")}
        <userTask id="archive" />
        {Bpmn.Flow("f3", "archive", "end")}
        <endEvent id="end" />
        """, Messages);

    private static string ReviewWithMessageBoundary(bool interrupting) => Bpmn.Process("withdrawable", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "review")}
        <userTask id="review" />
        <boundaryEvent id="withdrawn" attachedToRef="review" cancelActivity="{(interrupting ? "true" : "false")}">
          <messageEventDefinition messageRef="withdrawnMessage" />
        </boundaryEvent>
        {Bpmn.Flow("f2", "review", "end")}
        {Bpmn.Flow("f3", "withdrawn", "note")}
        <userTask id="note" />
        {Bpmn.Flow("f4", "note", "noteEnd")}
        <endEvent id="noteEnd" />
        <endEvent id="end" />
        """, Messages);

    [Test]
    public async Task ShouldOpenASubscriptionCarryingTheMessageNameAndBusinessKey()
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(harness.Deploy(WaitForPayment), businessKey: "P-7");

        var subscription = harness.OpenSubscriptions.Values.Single();
        Assert.That((subscription.MessageName, subscription.BusinessKey, subscription.ActivityId), Is.EqualTo(("contract-paid", "P-7", "paid")));
        Assert.That(instance.Executions.Single(e => e.ActivityId == "paid").State, Is.EqualTo(ExecutionState.WaitingForMessage));
    }

    [Test]
    public async Task ShouldContinueWithTheMessageVariablesWhenCorrelated()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(WaitForPayment), businessKey: "P-7");

        await harness.CorrelateAsync(instance, "contract-paid", new { amount = 1200 });

        Assert.That(instance.Variables["amount"].GetInt32(), Is.EqualTo(1200));
        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "archive" }));
        Assert.That(harness.OpenSubscriptions, Is.Empty);
    }

    [Test]
    public async Task ShouldRejectASubscriptionThatIsNotOpen()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(WaitForPayment));

        Assert.That(async () => await harness.Engine.CorrelateMessageAsync(harness.Session, instance, Guid.NewGuid(), null, "sender"),
            Throws.TypeOf<EventWaitNotFoundException>());
    }

    [Test]
    public async Task ShouldCancelTheTaskWhenAnInterruptingMessageBoundaryIsCorrelated()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(ReviewWithMessageBoundary(interrupting: true)));

        await harness.CorrelateAsync(instance, "withdrawn");

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "note" }));
        Assert.That(harness.Events.OfType<UserTaskCancelled>(), Has.Exactly(1).Items);
    }

    [Test]
    public async Task ShouldKeepTheTaskAndTheSubscriptionWhenANonInterruptingMessageIsCorrelated()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(ReviewWithMessageBoundary(interrupting: false)));

        await harness.CorrelateAsync(instance, "withdrawn");

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "note", "review" }));
        Assert.That(harness.OpenSubscriptions, Has.Exactly(1).Items);
    }

    [Test]
    public async Task ShouldCloseTheBoundarySubscriptionWhenTheTaskCompletes()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(ReviewWithMessageBoundary(interrupting: true)));

        await harness.CompleteAsync(instance, "review");

        Assert.That(harness.OpenSubscriptions, Is.Empty);
        Assert.That(instance.Status, Is.EqualTo(InstanceStatus.Completed));
    }
}
