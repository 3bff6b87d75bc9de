using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

public sealed class UserTaskTests
{
    private static string SingleTask(string attributes, string extensions = "") => Bpmn.Process("single-task", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "review")}
        <userTask id="review" name="Review" {attributes}>{extensions}</userTask>
        {Bpmn.Flow("f2", "review", "end")}
        <endEvent id="end" />
        """);

    [Test]
    public async Task ShouldEvaluateAssigneeAndSplitCandidateLists()
    {
        var harness = new EngineHarness();
        var definition = harness.Deploy(SingleTask("""camunda:assignee="${clerk}" camunda:candidateGroups="bureau, finance" camunda:candidateUsers="dgsc" camunda:formKey="review-form" """));

        var task = harness.Task(await harness.StartAsync(definition, new { clerk = "dept-a" }), "review");

        Assert.That(task.Assignee, Is.EqualTo("dept-a"));
        Assert.That(task.CandidateGroups, Is.EqualTo(new[] { "bureau", "finance" }));
        Assert.That(task.CandidateUsers, Is.EqualTo(new[] { "dgsc" }));
        Assert.That(task.FormKey, Is.EqualTo("review-form"));
        Assert.That(task.Name, Is.EqualTo("Review"));
    }

    [Test]
    public async Task ShouldDefaultThePriorityToFifty()
    {
        var harness = new EngineHarness();

        var task = harness.Task(await harness.StartAsync(harness.Deploy(SingleTask(""))), "review");

        Assert.That(task.Priority, Is.EqualTo(50));
        Assert.That(task.DueAt, Is.Null);
    }

    [Test]
    public async Task ShouldComputeTheDueDateFromADurationAfterNow()
    {
        var harness = new EngineHarness();

        var task = harness.Task(await harness.StartAsync(harness.Deploy(SingleTask("""camunda:dueDate="P3D" camunda:followUpDate="2026-03-04T10:00:00Z" """))), "review");

        Assert.That(task.DueAt, Is.EqualTo(harness.Time.GetUtcNow().AddDays(3)));
        Assert.That(task.FollowUpAt, Is.EqualTo(new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task ShouldCountWorkingDaysForTheDueDateWhenTheTaskNamesACalendar()
    {
        var harness = new EngineHarness { Calendar = new WeekendCalendar() };
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 3, 6, 9, 0, 0, TimeSpan.Zero));
        var calendar = """<extensionElements><camunda:properties><camunda:property name="calendar" value="cn" /></camunda:properties></extensionElements>""";

        var task = harness.Task(await harness.StartAsync(harness.Deploy(SingleTask("""camunda:dueDate="P5D" """, calendar))), "review");

        Assert.That(task.DueAt, Is.EqualTo(new DateTimeOffset(2026, 3, 13, 9, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task ShouldRecordCompletionVariablesWithTheActor()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(SingleTask("")));

        await harness.CompleteAsync(instance, "review", new { approved = true });

        var change = harness.Events.OfType<VariableChanged>().Single(e => e.Name == "approved");
        Assert.That(change.Actor, Is.EqualTo("clerk"));
        Assert.That(change.OldValue, Is.Null);
        Assert.That(instance.Variables["approved"].GetBoolean(), Is.True);
    }

    [Test]
    public async Task ShouldRejectTaskCompletedTwice()
    {
        var harness = new EngineHarness();
        var definition = harness.Deploy(Bpmn.Process("two-tasks", $"""
            <startEvent id="start" />
            {Bpmn.Flow("f1", "start", "a")}
            <userTask id="a" />
            {Bpmn.Flow("f2", "a", "b")}
            <userTask id="b" />
            {Bpmn.Flow("f3", "b", "end")}
            <endEvent id="end" />
            """));
        var instance = await harness.StartAsync(definition);
        var taskId = harness.Task(instance, "a").TaskId;
        await harness.CompleteAsync(instance, taskId);

        Assert.That(async () => await harness.CompleteAsync(instance, taskId),
            Throws.TypeOf<TaskNotOpenException>().With.Property(nameof(TaskNotOpenException.TaskId)).EqualTo(taskId));
    }

    [Test]
    public async Task ShouldRejectCompletingATaskOfAnInstanceThatIsNotRunning()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(SingleTask("")));
        var taskId = harness.Task(instance, "review").TaskId;
        await harness.CancelAsync(instance);

        Assert.That(async () => await harness.CompleteAsync(instance, taskId), Throws.TypeOf<InstanceNotRunningException>());
    }
}
