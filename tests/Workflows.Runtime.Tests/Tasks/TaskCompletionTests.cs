using Workflows.Runtime.Common;
using Workflows.Runtime.Tasks.ClaimTask;
using Workflows.Runtime.Tasks.CompleteTask;
using Workflows.Runtime.Tasks.ListTasks;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Tasks;

[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class TaskCompletionTests(string provider) : ProviderFixture(provider)
{
    [Test]
    public async Task ShouldRejectATaskCompletedTwice()
    {
        await PublishAssetAsync("approval");
        var started = await StartAsync("approval");
        var draft = await OpenTaskAsync(started.InstanceId, "draft");
        await Host.SendAsync(new CompleteTask(draft, null, "clerk"));

        Assert.That(() => Host.SendAsync(new CompleteTask(draft, null, "clerk")), Throws.InstanceOf<TaskAlreadyCompletedException>());
    }

    [Test]
    public async Task ShouldLetExactlyOneOfTwoConcurrentCompletionsWin()
    {
        await PublishAssetAsync("approval");
        var started = await StartAsync("approval");
        var draft = await OpenTaskAsync(started.InstanceId, "draft");

        var attempts = Enumerable.Range(0, 2)
            .Select(i => Task.Run(() => Host.SendAsync(new CompleteTask(draft, null, $"user-{i}"))))
            .ToArray();
        var outcomes = await Task.WhenAll(attempts.Select(async attempt =>
        {
            try
            {
                await attempt;
                return "won";
            }
            catch (ConflictException exception) when (exception is ConcurrencyConflictException or TaskAlreadyCompletedException)
            {
                return "lost";
            }
        }));

        Assert.That(outcomes.Order(), Is.EqualTo(new[] { "lost", "won" }));
    }

    [Test]
    public void ShouldReportAnUnknownTaskAsNotFound()
    {
        Assert.That(() => Host.SendAsync(new CompleteTask(Guid.NewGuid(), null, "clerk")), Throws.InstanceOf<NotFoundException>());
    }

    [Test]
    public async Task ShouldListTheTasksOfTheUsersCandidateGroup()
    {
        await PublishAssetAsync("call-child");
        var started = await StartAsync("call-child");

        var page = await Host.QueryAsync(new ListTasks(User: "li.si", Groups: ["finance"]));

        Assert.That(page.Items.Select(t => t.InstanceId), Is.EqualTo(new[] { started.InstanceId }));
    }

    [Test]
    public async Task ShouldHideTasksOfOtherGroups()
    {
        await PublishAssetAsync("call-child");
        await StartAsync("call-child");

        var page = await Host.QueryAsync(new ListTasks(User: "wang.wu", Groups: ["bureau"]));

        Assert.That(page.Total, Is.Zero);
    }

    [Test]
    public async Task ShouldRejectClaimingATaskClaimedBySomeoneElse()
    {
        await PublishAssetAsync("call-child");
        var started = await StartAsync("call-child");
        var work = await OpenTaskAsync(started.InstanceId, "work");
        await Host.SendAsync(new ClaimTask(work, "li.si"));

        Assert.That(() => Host.SendAsync(new ClaimTask(work, "wang.wu")), Throws.InstanceOf<ConflictException>());
    }
}
