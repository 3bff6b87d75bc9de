using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Instances.CancelInstance;
using Workflows.Runtime.Tasks.ClaimTask;
using Workflows.Runtime.Tasks.CompleteTask;
using Workflows.Runtime.Tasks.DelegateTask;
using Workflows.Runtime.Tasks.ListTasks;
using Workflows.Runtime.Tasks.ResolveTask;
using Workflows.Runtime.Tasks.UnclaimTask;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Tasks;

/// <summary>
/// The candidate rows carry copies of their task's inbox order keys (status, assigned or not, due date, priority, creation),
/// which the database's triggers keep whichever path changes the task: the inbox reads a group's tasks in order from them.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class InboxOrderKeysTests(string provider) : ProviderFixture(provider)
{
    [Test]
    public async Task ShouldCopyTheKeysOfATaskClaimedUnclaimedDelegatedResolvedAndCompleted()
    {
        var work = await StartGroupTaskAsync();
        await AssertCopiesAsync(work, UserTaskStatus.Open, assigned: false);

        await Host.SendAsync(new ClaimTask(work, "li.si"));
        await AssertCopiesAsync(work, UserTaskStatus.Open, assigned: true);
        await Host.SendAsync(new UnclaimTask(work, "li.si"));
        await AssertCopiesAsync(work, UserTaskStatus.Open, assigned: false);
        await Host.SendAsync(new DelegateTask(work, "zhao.liu", "li.si"));
        await AssertCopiesAsync(work, UserTaskStatus.Open, assigned: true);
        await Host.SendAsync(new ResolveTask(work, "zhao.liu"));
        await AssertCopiesAsync(work, UserTaskStatus.Open, assigned: true);
        await Host.SendAsync(new CompleteTask(work, null, "li.si"));

        await AssertCopiesAsync(work, UserTaskStatus.Completed, assigned: true);
    }

    [Test]
    public async Task ShouldCopyTheStatusOfATaskCancelledWithItsInstance()
    {
        var work = await StartGroupTaskAsync();
        var instanceId = await Host.ReadAsync(db => db.UserTasks.Where(t => t.Id == work).Select(t => t.InstanceId).SingleAsync());

        await Host.SendAsync(new CancelInstance(instanceId, Actor: "admin"));

        await AssertCopiesAsync(work, UserTaskStatus.Cancelled, assigned: false);
    }

    [Test]
    public async Task ShouldCopyANewDueDatePriorityAndCreationTime()
    {
        var work = await StartGroupTaskAsync();

        // As the calendar's recount moves a due date: a tracked change of the task row alone.
        await WriteAsync(work, task =>
        {
            task.DueAt = new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
            task.Priority = 80;
            task.CreatedAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        });

        await AssertCopiesAsync(work, UserTaskStatus.Open, assigned: false);
        var copy = await Host.ReadAsync(db => db.Set<UserTaskCandidate>().SingleAsync(c => c.TaskId == work));
        Assert.That((copy.TaskDueAt, copy.TaskPriority), Is.EqualTo(((DateTimeOffset?)new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero), (int?)80)));
    }

    [Test]
    public async Task ShouldPageAGroupsInboxByTheDueDatesAsTheyMove()
    {
        var first = await StartGroupTaskAsync();
        var second = await StartGroupTaskAsync();
        await WriteAsync(first, task => task.DueAt = new DateTimeOffset(2027, 3, 2, 9, 0, 0, TimeSpan.Zero));
        Assert.That(await FirstOfInboxAsync(), Is.EqualTo(first));

        await WriteAsync(second, task => task.DueAt = new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
        Assert.That(await FirstOfInboxAsync(), Is.EqualTo(second));

        await WriteAsync(second, task => task.DueAt = null);
        Assert.That(await FirstOfInboxAsync(), Is.EqualTo(first));
    }

    [Test]
    public async Task ShouldPageAGroupsInboxByPriorityAndCreationAsTheyChange()
    {
        var first = await StartGroupTaskAsync();
        var second = await StartGroupTaskAsync();
        await WriteAsync(second, task => task.Priority = 90);
        Assert.That(await FirstOfInboxAsync(), Is.EqualTo(second));
        Assert.That(await FirstOfInboxAsync(TaskSort.Priority), Is.EqualTo(second));

        await WriteAsync(first, task => task.CreatedAt = DateTimeOffset.UtcNow.AddDays(1));
        Assert.That(await FirstOfInboxAsync(TaskSort.Created), Is.EqualTo(first));
    }

    [Test]
    public async Task ShouldShowAGroupTaskAgainOnceItsClaimantGivesItBack()
    {
        var work = await StartGroupTaskAsync();
        await Host.SendAsync(new ClaimTask(work, "li.si"));
        Assert.That(await FirstOfInboxAsync(), Is.Null);

        await Host.SendAsync(new UnclaimTask(work, "li.si"));

        Assert.That(await FirstOfInboxAsync(), Is.EqualTo(work));
    }

    private async Task<Guid> StartGroupTaskAsync()
    {
        if (await Host.ReadAsync(db => db.Definitions.AnyAsync()) is false)
            await PublishAssetAsync("call-child");
        var started = await StartAsync("call-child");
        return await OpenTaskAsync(started.InstanceId, "work");
    }

    /// <summary>The first task of a finance reviewer's inbox, one task a page, so that a stale copy puts the wrong one first.</summary>
    private async Task<Guid?> FirstOfInboxAsync(TaskSort sort = TaskSort.Due) =>
        (await Host.QueryAsync(new ListTasks(User: "wang.wu", Groups: ["finance"], Take: 1, Sort: sort))).Items.SingleOrDefault()?.Id;

    private async Task WriteAsync(Guid taskId, Action<UserTaskRecord> change)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        change(await db.UserTasks.SingleAsync(t => t.Id == taskId));
        await db.SaveChangesAsync();
    }

    /// <summary>Every candidate row of the task carries the task's own keys, and the task is as expected.</summary>
    private Task AssertCopiesAsync(Guid taskId, UserTaskStatus status, bool assigned) => Host.ReadAsync(async db =>
    {
        var task = await db.UserTasks.SingleAsync(t => t.Id == taskId);
        var copies = await db.Set<UserTaskCandidate>().Where(c => c.TaskId == taskId).ToListAsync();
        Assert.That((task.Status, task.Assignee != null), Is.EqualTo((status, assigned)));
        Assert.That(copies, Is.Not.Empty);
        Assert.That(copies.Select(c => (c.TaskStatus, c.TaskAssigned, c.TaskDueAt, c.TaskPriority, c.TaskCreatedAt)),
            Is.All.EqualTo(((UserTaskStatus?)task.Status, (bool?)(task.Assignee != null), task.DueAt, (int?)task.Priority, (DateTimeOffset?)task.CreatedAt)));
        return 0;
    });
}
