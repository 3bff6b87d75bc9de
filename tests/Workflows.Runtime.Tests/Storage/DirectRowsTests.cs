using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Persistence.Instances;
using Workflows.Persistence.Rows;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Storage;

/// <summary>
/// The rows of a save made in a transaction are written with plain statements (on PostgreSQL in one batch) and hot
/// rows are read the same way: what lands in the table, and what comes back, must be what EF Core itself writes and
/// reads.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class DirectRowsTests(string provider)
{
    // PostgreSQL stores instants in UTC only; SQLite's ticks keep the county's offset out of the comparison too.
    private readonly DateTimeOffset started = provider == "PostgreSql"
        ? new DateTimeOffset(2026, 11, 25, 1, 30, 0, TimeSpan.Zero)
        : new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.FromHours(8));

    private RuntimeHost host = null!;

    [OneTimeSetUp]
    public async Task StartHostAsync() => host = await RuntimeHost.StartAsync(provider);

    [OneTimeTearDown]
    public async Task StopHostAsync() => await host.DisposeAsync();

    [SetUp]
    public Task ResetDatabaseAsync() => host.ResetAsync();

    [Test]
    public async Task ShouldStoreEveryColumnAsEfCoreReadsIt()
    {
        var written = Task();
        await InTransactionAsync(db => db.Add(written));

        var read = await host.ReadAsync(db => db.UserTasks.AsNoTracking().SingleAsync(t => t.Id == written.Id));

        Assert.That(read, Is.EqualTo(written).UsingPropertiesComparer(options => options.Excluding(nameof(UserTaskRecord.Candidates))));
    }

    [Test]
    public async Task ShouldReadARowAsEfCoreReadsIt()
    {
        var written = Task();
        await host.ReadAsync(async db =>
        {
            db.Add(written);
            return await db.SaveChangesAsync();
        });

        var read = await host.ReadAsync(async db => await db.FindRowAsync<UserTaskRecord>(written.Id, CancellationToken.None));

        Assert.That(read, Is.EqualTo(written).UsingPropertiesComparer(options => options.Excluding(nameof(UserTaskRecord.Candidates))));
    }

    [Test]
    public async Task ShouldWriteOnlyTheColumnsACommandChanged()
    {
        var task = Task();
        await InTransactionAsync(db => db.Add(task));

        await using (var first = host.Services.CreateAsyncScope())
        await using (var second = host.Services.CreateAsyncScope())
        {
            var renamed = await Context(first).FindRowAsync<UserTaskRecord>(task.Id, CancellationToken.None);
            var claimed = await Context(second).FindRowAsync<UserTaskRecord>(task.Id, CancellationToken.None);
            renamed!.Name = "Renamed";
            claimed!.Assignee = "li.si";
            await SaveInTransactionAsync(Context(first));
            await SaveInTransactionAsync(Context(second));
        }

        var read = await host.ReadAsync(db => db.UserTasks.AsNoTracking().SingleAsync(t => t.Id == task.Id));
        Assert.That((read.Name, read.Assignee), Is.EqualTo(("Renamed", "li.si")));
    }

    [Test]
    public async Task ShouldRefuseToOverwriteAnInstanceChangedSinceItWasRead()
    {
        var instance = Instance();
        await InTransactionAsync(db => db.Add(instance));

        await using var stale = host.Services.CreateAsyncScope();
        var staleRow = await Context(stale).FindRowAsync<InstanceRecord>(instance.Id, CancellationToken.None);
        await InTransactionAsync(async db =>
        {
            var current = await db.FindRowAsync<InstanceRecord>(instance.Id, CancellationToken.None);
            current!.Revision++;
        });
        staleRow!.Revision++;

        Assert.That(() => SaveInTransactionAsync(Context(stale)), Throws.InstanceOf<DbUpdateConcurrencyException>());
    }

    [Test]
    public async Task ShouldDeleteAnUnreferencedRow()
    {
        var instance = Instance();
        await InTransactionAsync(db => db.Add(instance));

        await InTransactionAsync(async db => db.Remove((await db.FindRowAsync<InstanceRecord>(instance.Id, CancellationToken.None))!));

        Assert.That(await host.ReadAsync(db => db.Instances.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task ShouldSaveAChangeMadeAfterAnEarlierSaveOfTheSameTransaction()
    {
        // The writer accepts its rows and suspends the change detection SaveChanges runs after it: the next save must
        // still find what a command changed on a row it had already saved (a nested command's save, then more work).
        var task = Task();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = Context(scope);
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Add(task);
            await db.SaveChangesAsync();
            Assert.That((db.Entry(task).State, db.ChangeTracker.AutoDetectChangesEnabled), Is.EqualTo((EntityState.Unchanged, true)));
            task.Name = "Renamed after the first save";
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var read = await host.ReadAsync(db => db.UserTasks.AsNoTracking().SingleAsync(t => t.Id == task.Id));
        Assert.That(read.Name, Is.EqualTo("Renamed after the first save"));
    }

    [Test]
    public async Task ShouldWriteARowReadAndChangedWithoutBeingMarked()
    {
        // Rows read by key are tracked without EF Core's graph walk: a plain property change must still be saved, and
        // the revision it carries still checked.
        var instance = Instance();
        await InTransactionAsync(db => db.Add(instance));

        await InTransactionAsync(async db =>
        {
            var row = await db.FindRowAsync<InstanceRecord>(instance.Id, CancellationToken.None);
            Assert.That(db.Entry(row!).State, Is.EqualTo(EntityState.Unchanged));
            row!.State = "{\"changed\":true}";
            row.Revision++;
        });

        var read = await host.ReadAsync(db => db.Instances.AsNoTracking().SingleAsync(i => i.Id == instance.Id));
        Assert.That((read.State, read.Revision), Is.EqualTo(("{\"changed\":true}", 2)));
    }

    private static WorkflowsDbContext Context(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();

    private async Task InTransactionAsync(Action<WorkflowsDbContext> change) => await InTransactionAsync(db =>
    {
        change(db);
        return System.Threading.Tasks.Task.CompletedTask;
    });

    private async Task InTransactionAsync(Func<WorkflowsDbContext, Task> change)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = Context(scope);
        await change(db);
        await SaveInTransactionAsync(db);
    }

    private static async Task SaveInTransactionAsync(WorkflowsDbContext db)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private UserTaskRecord Task() => new()
    {
        Id = Guid.NewGuid(), InstanceId = Guid.NewGuid(), ExecutionId = Guid.NewGuid(), ActivityId = "review", Name = "Review",
        Status = UserTaskStatus.Open, DueAt = started.AddDays(5), DueProvisional = true, Priority = 70, FormKey = "review-form",
        CreatedAt = started, BusinessKey = "JC-2026-001", DepartmentCode = "dept-a", DefinitionKey = "approval", DefinitionVersion = 3,
    };

    private InstanceRecord Instance() => new()
    {
        Id = Guid.NewGuid(), DefinitionId = Guid.NewGuid(), DefinitionKey = "approval", DefinitionVersion = 1,
        Status = InstanceStatus.Running, State = "{}", StartedAt = started, Revision = 1,
    };
}
