using NUnit.Framework;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

/// <summary>BPMN's own assignment (humanPerformer, potentialOwner), Activiti's namespace and text mixed with
/// expressions, read as Camunda 7 reads them.</summary>
public sealed class StandardAssignmentTests
{
    private static string SingleTask(string attributes, string children = "", string extraNamespace = "") => Bpmn.Process("single-task", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "review")}
        <userTask id="review" name="Review" {extraNamespace} {attributes}>{children}</userTask>
        {Bpmn.Flow("f2", "review", "end")}
        <endEvent id="end" />
        """);

    private static string Role(string role, string expression) =>
        $"<{role}><resourceAssignmentExpression><formalExpression>{expression}</formalExpression></resourceAssignmentExpression></{role}>";

    [Test]
    public async Task ShouldReadHumanPerformerAsTheAssignee()
    {
        var harness = new EngineHarness();

        var task = harness.Task(await harness.StartAsync(harness.Deploy(SingleTask("", Role("humanPerformer", "${clerk}"))), new { clerk = "dept-a" }), "review");

        Assert.That(task.Assignee, Is.EqualTo("dept-a"));
    }

    [Test]
    public async Task ShouldReadPotentialOwnersAsCandidateUsersAndGroups()
    {
        var harness = new EngineHarness();

        var task = harness.Task(await harness.StartAsync(harness.Deploy(SingleTask("", Role("potentialOwner", "user(kermit), group(management), accountancy")))), "review");

        Assert.That(task.CandidateUsers, Is.EqualTo(new[] { "kermit" }));
        Assert.That(task.CandidateGroups, Is.EqualTo(new[] { "management", "accountancy" }));
    }

    [Test]
    public async Task ShouldPreferCamundaAttributesToPotentialOwners()
    {
        var harness = new EngineHarness();

        var task = harness.Task(await harness.StartAsync(harness.Deploy(SingleTask("""camunda:candidateGroups="bureau" """, Role("potentialOwner", "group(management)")))), "review");

        Assert.That(task.CandidateGroups, Is.EqualTo(new[] { "bureau" }));
    }

    [Test]
    public async Task ShouldReadActivitiAssignmentAttributesLikeCamundaOnes()
    {
        var harness = new EngineHarness();
        var xml = SingleTask("""activiti:assignee="kermit" activiti:candidateGroups="management" """, extraNamespace: """xmlns:activiti="http://activiti.org/bpmn" """);

        var task = harness.Task(await harness.StartAsync(harness.Deploy(xml)), "review");

        Assert.That((task.Assignee, task.CandidateGroups), Is.EqualTo(("kermit", (IReadOnlyList<string>)["management"])));
    }

    [Test]
    public async Task ShouldRenderAnAssigneeMixedWithText()
    {
        var harness = new EngineHarness();

        var task = harness.Task(await harness.StartAsync(harness.Deploy(SingleTask("""camunda:assignee="kermit_${n}" """)), new { n = 2 }), "review");

        Assert.That(task.Assignee, Is.EqualTo("kermit_2"));
    }
}
