using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Migration;
using Workflows.Persistence.Audit;
using Workflows.Persistence.History;
using Workflows.Persistence.Jobs;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Common;
using Workflows.Runtime.Forms.PublishForm;
using Workflows.Runtime.Forms.SaveFormDraft;
using Workflows.Runtime.Instances.GetInstance;
using Workflows.Runtime.Migrations;
using Workflows.Runtime.Migrations.ExecuteMigration;
using Workflows.Runtime.Migrations.PlanMigration;
using Workflows.Runtime.Migrations.ValidateMigration;
using Workflows.Runtime.Tasks.CompleteTask;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Migrations;

[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class InstanceMigrationTests(string provider) : ProviderFixture(provider)
{
    private const string Key = MigrationProcesses.Key;

    [Test]
    public async Task ShouldMapEqualIdsAndListTheSourceActivitiesLeftUnmapped()
    {
        await PublishAsync(Key, MigrationProcesses.V1);
        await PublishVersionTwoAsync();

        var generated = await Host.QueryAsync(new PlanMigration(Key, 1, 2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(generated.Plan.Instructions.Select(i => (i.SourceActivityIds.Single(), i.TargetActivityIds.Single())),
                Is.EqualTo(new[] { ("review", "review"), ("reviewOverdue", "reviewOverdue") }));
            Assert.That(generated.UnmappedActivities.Select(a => a.Id), Is.EqualTo(new[] { "approve" }));
        }
    }

    [Test]
    public async Task ShouldMoveTheInstanceToTheTargetVersionKeepingItsOpenTask()
    {
        await PublishAsync(Key, MigrationProcesses.V1);
        var started = await StartAsync(Key);
        var before = await TaskAsync(started.InstanceId);
        await PublishVersionTwoAsync();

        var outcome = await ExecuteAsync(await PlanAsync(1, 2), started.InstanceId);

        var after = await TaskAsync(started.InstanceId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Migrated, Is.EqualTo(new[] { started.InstanceId }));
            Assert.That((await Host.QueryAsync(new GetInstance(started.InstanceId))).Version, Is.EqualTo(2));
            Assert.That(after.Id, Is.EqualTo(before.Id));
            Assert.That((after.Assignee, after.DueAt, after.DefinitionVersion, after.FormKey), Is.EqualTo((before.Assignee, before.DueAt, 2, "review-v2")));
            Assert.That(after.Candidates.Select(c => c.Value), Is.EqualTo(new[] { "clerks" }));
        }
    }

    [Test]
    public async Task ShouldContinueOnTheTargetVersionAfterTheMigration()
    {
        await PublishAsync(Key, MigrationProcesses.V1);
        var started = await StartAsync(Key);
        await PublishVersionTwoAsync();
        await ExecuteAsync(await PlanAsync(1, 2), started.InstanceId);

        await Host.SendAsync(new CompleteTask((await TaskAsync(started.InstanceId)).Id, null, "alice"));

        Assert.That((await Host.QueryAsync(new GetInstance(started.InstanceId))).ActiveActivityIds, Is.EqualTo(new[] { "sign" }));
    }

    [Test]
    public async Task ShouldCarryTheBoundaryTimerOverWithItsJobAndDueTime()
    {
        await PublishAsync(Key, MigrationProcesses.V1);
        var started = await StartAsync(Key);
        var before = await TimerJobAsync(started.InstanceId);
        await PublishAsync(Key, MigrationProcesses.Renamed);
        Host.Time.Advance(TimeSpan.FromHours(5));

        await ExecuteAsync(Plan(1, 2, ("review", "check"), ("reviewOverdue", "checkLate")), started.InstanceId);

        var after = await TimerJobAsync(started.InstanceId);
        Assert.That((after.Id, after.DueAt, after.ActivityId), Is.EqualTo((before.Id, before.DueAt, "checkLate")));
    }

    [Test]
    public async Task ShouldRenewAKeptTimerFromTheTargetWhenAskedToUpdateEventTriggers()
    {
        await PublishAsync(Key, MigrationProcesses.V1);
        var started = await StartAsync(Key);
        await PublishAsync(Key, MigrationProcesses.Renamed);
        Host.Time.Advance(TimeSpan.FromHours(5));

        await ExecuteAsync(Plan(1, 2, ("review", "check"), ("reviewOverdue", "checkLate")) with { UpdateEventTriggers = true }, started.InstanceId);

        var after = await TimerJobAsync(started.InstanceId);
        Assert.That(after.DueAt, Is.EqualTo(Host.Time.GetUtcNow().AddHours(24)));
    }

    [Test]
    public async Task ShouldCloseAnUnmappedBoundaryTimerAndOpenTheTargetsOwn()
    {
        await PublishAsync(Key, MigrationProcesses.V1);
        var started = await StartAsync(Key);
        await PublishAsync(Key, MigrationProcesses.Renamed);

        await ExecuteAsync(Plan(1, 2, ("review", "check")), started.InstanceId);

        var jobs = await Host.ReadAsync(db => db.Set<JobRecord>().Where(j => j.InstanceId == started.InstanceId && j.Kind == JobKind.Timer).ToListAsync());
        Assert.That(jobs.Select(j => (j.ActivityId, j.DueAt)), Is.EqualTo(new[] { ("checkLate", Host.Time.GetUtcNow().AddHours(24)) }));
    }

    [Test]
    public async Task ShouldKeepTheDueTimeOfAWaitingTimerCatchEvent()
    {
        await PublishAsync(Key, MigrationProcesses.TimerWait("first"));
        var started = await StartAsync(Key);
        var before = await TimerJobAsync(started.InstanceId);
        await PublishAsync(Key, MigrationProcesses.TimerWait("second"));
        Host.Time.Advance(TimeSpan.FromDays(2));

        await ExecuteAsync(await PlanAsync(1, 2), started.InstanceId);

        var after = await TimerJobAsync(started.InstanceId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((after.Id, after.DueAt), Is.EqualTo((before.Id, before.DueAt)));
            Assert.That((await Host.QueryAsync(new GetInstance(started.InstanceId))).Version, Is.EqualTo(2));
        }
    }

    [Test]
    public async Task ShouldRefuseToMapAUserTaskToATimerCatchEvent()
    {
        await PublishAsync(Key, MigrationProcesses.V1);
        await PublishAsync(Key, MigrationProcesses.Renamed);

        var report = await Host.QueryAsync(new ValidateMigration(Plan(1, 2, ("review", "check"), ("approve", "approve"))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Valid, Is.False);
            Assert.That(report.PlanErrors.Select(e => e.Instruction), Is.EqualTo(new int?[] { 1 }));
        }
    }

    [Test]
    public async Task ShouldRefuseToExecuteAnInvalidPlanAndChangeNothing()
    {
        await PublishAsync(Key, MigrationProcesses.V1);
        var started = await StartAsync(Key);
        await PublishAsync(Key, MigrationProcesses.Renamed);

        var refused = Assert.ThrowsAsync<InvalidRequestException>(() => ExecuteAsync(Plan(1, 2, ("review", "approve")), started.InstanceId));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused!.Keyed.Select(p => p.Key), Is.EqualTo(new[] { "instructions[0]" }));
            Assert.That((await Host.QueryAsync(new GetInstance(started.InstanceId))).Version, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ShouldSkipAnInstanceWithAnUnmappedActiveActivityAndMigrateTheOthers()
    {
        await PublishAsync(Key, MigrationProcesses.V1);
        var atReview = await StartAsync(Key);
        var atApprove = await StartAsync(Key);
        await Host.SendAsync(new CompleteTask((await TaskAsync(atApprove.InstanceId)).Id, null, "alice"));
        await PublishVersionTwoAsync();

        var outcome = await Host.RequestAsync(new ExecuteMigration(await PlanAsync(1, 2), null, All: true, Actor: "admin"));

        var skipped = await Host.QueryAsync(new GetInstance(atApprove.InstanceId));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Migrated, Is.EqualTo(new[] { atReview.InstanceId }));
            Assert.That(outcome.Failed.Select(f => f.InstanceId), Is.EqualTo(new[] { atApprove.InstanceId }));
            Assert.That((skipped.Version, skipped.ActiveActivityIds), Is.EqualTo((1, new[] { "approve" })));
            Assert.That((await TaskAsync(atApprove.InstanceId)).DefinitionVersion, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ShouldReportTheInstancesThatDoNotFitWhenValidating()
    {
        await PublishAsync(Key, MigrationProcesses.V1);
        var atReview = await StartAsync(Key);
        var atApprove = await StartAsync(Key);
        await Host.SendAsync(new CompleteTask((await TaskAsync(atApprove.InstanceId)).Id, null, "alice"));
        await PublishVersionTwoAsync();

        var report = await Host.QueryAsync(new ValidateMigration(await PlanAsync(1, 2), [atReview.InstanceId, atApprove.InstanceId]));

        Assert.That(report.InstanceErrors.Select(e => (e.InstanceId, e.ActivityId)), Is.EqualTo(new[] { (atApprove.InstanceId, "approve") }));
    }

    [Test]
    public async Task ShouldRecordWhoMigratedTheInstanceInHistoryAndAudit()
    {
        await PublishAsync(Key, MigrationProcesses.V1);
        var started = await StartAsync(Key);
        await PublishVersionTwoAsync();

        await ExecuteAsync(await PlanAsync(1, 2), started.InstanceId);

        var history = await Host.ReadAsync(db => db.Set<HistoryEntry>()
            .Where(h => h.InstanceId == started.InstanceId && h.Kind == HistoryKind.InstanceMigrated).ToListAsync());
        var audit = await Host.ReadAsync(db => db.Set<AuditEntry>().Where(a => a.Action == AuditActions.InstanceMigrated).ToListAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(history.Select(h => (h.Actor, h.DefinitionVersion)), Is.EqualTo(new[] { ("admin", 2) }));
            Assert.That(audit.Select(a => (a.Actor, a.Target)), Is.EqualTo(new[] { ("admin", $"instance {started.InstanceId}") }));
        }
    }

    /// <summary>v2 names the published form <c>review-v2</c> for its review.</summary>
    private async Task PublishVersionTwoAsync()
    {
        await Host.SendAsync(new SaveFormDraft("review-v2", MigrationProcesses.ReviewForm, "admin"));
        await Host.SendAsync(new PublishForm("review-v2", 1, "admin"));
        await PublishAsync(Key, MigrationProcesses.V2);
    }

    private async Task<MigrationPlan> PlanAsync(int source, int target) => (await Host.QueryAsync(new PlanMigration(Key, source, target))).Plan;

    private static MigrationPlan Plan(int source, int target, params (string From, string To)[] pairs) =>
        new(Key, source, target, [.. pairs.Select(pair => new MigrationInstruction([pair.From], [pair.To]))]);

    private Task<MigrationOutcome> ExecuteAsync(MigrationPlan plan, Guid instanceId) =>
        Host.RequestAsync(new ExecuteMigration(plan, [instanceId], All: false, Actor: "admin"));

    private Task<UserTaskRecord> TaskAsync(Guid instanceId) => Host.ReadAsync(db => db.Set<UserTaskRecord>().Include(t => t.Candidates)
        .SingleAsync(t => t.InstanceId == instanceId && t.Status == UserTaskStatus.Open));

    private Task<JobRecord> TimerJobAsync(Guid instanceId) =>
        Host.ReadAsync(db => db.Set<JobRecord>().SingleAsync(j => j.InstanceId == instanceId && j.Kind == JobKind.Timer));
}
