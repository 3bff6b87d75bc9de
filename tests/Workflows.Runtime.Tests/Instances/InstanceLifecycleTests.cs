using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence.History;
using Workflows.Persistence.Messages;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Instances.CancelInstance;
using Workflows.Runtime.Instances.GetInstance;
using Workflows.Runtime.Tasks.CompleteTask;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Instances;

[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class InstanceLifecycleTests(string provider) : ProviderFixture(provider)
{
    [Test]
    public async Task ShouldCompleteAnInstanceWhenEveryTaskIsDone()
    {
        await PublishAssetAsync("approval");
        var started = await StartAsync("approval");

        await InstanceDriver.CompleteAllTasksAsync(Host, started.InstanceId);

        var details = await Host.QueryAsync(new GetInstance(started.InstanceId));
        Assert.That(details.Status, Is.EqualTo(InstanceStatus.Completed));
    }

    [Test]
    public async Task ShouldRecordActivitiesTaskCompletionsAndVariablesInHistory()
    {
        await PublishAssetAsync("approval");
        var started = await StartAsync("approval");
        var draft = await OpenTaskAsync(started.InstanceId, "draft");

        await Host.SendAsync(new CompleteTask(draft, Variables.Of(("approved", true)), "zhang.san"));

        var history = (await Host.QueryAsync(new GetInstance(started.InstanceId))).History;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(history.Any(h => h.Kind == HistoryKind.ActivityStarted && h.ActivityId == "draft"));
            Assert.That(history.Any(h => h.Kind == HistoryKind.ActivityEnded && h.ActivityId == "draft"));
            Assert.That(history.Any(h => h.Kind == HistoryKind.TaskCompleted && h.TaskId == draft && h.Actor == "zhang.san"));
            Assert.That(history.Any(h => h.Kind == HistoryKind.VariableChanged && h.VariableName == "approved" && h.VariableValue == "true"));
        }
    }

    [Test]
    public async Task ShouldShowWhereTheTokensStand()
    {
        await PublishAssetAsync("approval");
        var started = await StartAsync("approval");
        await Host.SendAsync(new CompleteTask(await OpenTaskAsync(started.InstanceId, "draft"), null, "clerk"));
        await Host.SendAsync(new CompleteTask(await OpenTaskAsync(started.InstanceId, "review"), Variables.Of(("approved", true)), "clerk"));

        var details = await Host.QueryAsync(new GetInstance(started.InstanceId));

        Assert.That(details.ActiveActivityIds, Is.EqualTo(new[] { "finance", "tech" }));
    }

    [Test]
    public async Task ShouldCancelOpenTasksAndRemoveSubscriptionsWhenCancelled()
    {
        await PublishAssetAsync("message-wait");
        var started = await StartAsync("message-wait", businessKey: "P-1");

        await Host.SendAsync(new CancelInstance(started.InstanceId, "withdrawn", "admin"));

        var subscriptions = await Host.ReadAsync(db => db.Set<MessageSubscriptionRecord>().CountAsync(s => s.InstanceId == started.InstanceId));
        var details = await Host.QueryAsync(new GetInstance(started.InstanceId));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(details.Status, Is.EqualTo(InstanceStatus.Cancelled));
            Assert.That(subscriptions, Is.Zero);
        }
    }

    [Test]
    public async Task ShouldCancelTheOpenTasksOfACancelledInstance()
    {
        await PublishAssetAsync("approval");
        var started = await StartAsync("approval");

        await Host.SendAsync(new CancelInstance(started.InstanceId, "withdrawn", "admin"));

        var statuses = await Host.ReadAsync(db => db.UserTasks.Where(t => t.InstanceId == started.InstanceId).Select(t => t.Status).ToListAsync());
        Assert.That(statuses, Is.EqualTo(new[] { UserTaskStatus.Cancelled }));
    }

    [Test]
    public async Task ShouldRunACalledProcessAsItsOwnPersistedInstance()
    {
        await PublishAssetAsync("call-child");
        await PublishAssetAsync("call-parent");
        var parent = await StartAsync("call-parent", businessKey: "P-7");
        var child = await Host.ReadAsync(db => db.Instances.SingleAsync(i => i.ParentInstanceId == parent.InstanceId));

        await InstanceDriver.CompleteAllTasksAsync(Host, child.Id);

        var details = await Host.QueryAsync(new GetInstance(parent.InstanceId));
        Assert.That(details.Status, Is.EqualTo(InstanceStatus.Completed));
    }
}
