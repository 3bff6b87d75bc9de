using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Persistence.History;
using Workflows.Persistence.Instances;
using Workflows.Persistence.Rows;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Common;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Storage;

/// <summary>
/// On SQLite's writer connection the hot statements run through SQLite's own API, their parameters bound by position:
/// what lands in the tables, and how a failed statement is reported, must be what EF Core writes and reports.
/// </summary>
public sealed class WriterStatementsTests
{
    private static readonly DateTimeOffset Started = new(2026, 11, 25, 9, 30, 0, TimeSpan.FromHours(8));

    private RuntimeHost host = null!;

    [OneTimeSetUp]
    public async Task StartHostAsync() => host = await RuntimeHost.StartAsync("Sqlite");

    [OneTimeTearDown]
    public async Task StopHostAsync() => await host.DisposeAsync();

    [SetUp]
    public Task ResetDatabaseAsync() => host.ResetAsync();

    private WriteGate Gate => host.Services.GetRequiredService<WriteGate>();

    [Test]
    public async Task ShouldStoreEveryColumnOnTheWriterAsEfCoreStoresIt()
    {
        var (task, instance, rows) = (Task(), Instance(), History());

        // EF Core's own update pipeline (no transaction: no plain statements at all) is the reference.
        await host.ReadAsync(async db =>
        {
            db.AddRange([Clone(task), Clone(instance), .. rows.Select(Clone)]);
            return await db.SaveChangesAsync();
        });
        var insertedByEfCore = await StoredAsync();
        await host.ReadAsync(async db =>
        {
            Change(await db.Instances.SingleAsync(i => i.Id == instance.Id), await db.UserTasks.SingleAsync(t => t.Id == task.Id));
            return await db.SaveChangesAsync();
        });
        var updatedByEfCore = await StoredAsync();
        await host.ResetAsync();

        var inserts = await OnWriterAsync(db => db.AddRange([Clone(task), Clone(instance), .. rows.Select(Clone)]));
        Assert.That(await StoredAsync(), Is.EqualTo(insertedByEfCore));
        var updates = await OnWriterAsync(async db => Change(
            (await db.FindRowAsync<InstanceRecord>(instance.Id, CancellationToken.None))!,
            (await db.FindRowAsync<UserTaskRecord>(task.Id, CancellationToken.None))!));
        Assert.That(await StoredAsync(), Is.EqualTo(updatedByEfCore));

        Assert.That((inserts, updates), Is.EqualTo((3L, 2L)), "the two rows' and the history's INSERTs and the two UPDATEs ran bound by position");
    }

    [Test]
    public async Task ShouldReportAConstraintViolationOnTheWriterAsADbUpdateExceptionNamingTheRow()
    {
        var task = Task();
        await OnWriterAsync(db => db.Add(Clone(task)));

        var failed = Assert.ThrowsAsync<DbUpdateException>(() => OnWriterAsync(db => db.Add(Clone(task)), count: true));

        Assert.That(failed!.Message, Does.Contain(nameof(UserTaskRecord)).And.Contain("UNIQUE constraint failed"));
        Assert.That(failed.InnerException, Is.InstanceOf<SqliteException>().With.Property(nameof(SqliteException.SqliteErrorCode)).EqualTo(19));
        Assert.That(counted, Is.EqualTo(1), "the failing INSERT ran bound by position");
        Assert.That(await host.ReadAsync(db => db.UserTasks.CountAsync()), Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldRefuseOnTheWriterToOverwriteAnInstanceChangedSinceItWasRead()
    {
        var instance = Instance();
        await OnWriterAsync(db => db.Add(Clone(instance)));
        await using var stale = host.Services.CreateAsyncScope();
        var staleRow = await Db(stale).FindRowAsync<InstanceRecord>(instance.Id, CancellationToken.None);
        await OnWriterAsync(async db => (await db.FindRowAsync<InstanceRecord>(instance.Id, CancellationToken.None))!.Revision++);
        staleRow!.Revision++;
        staleRow.State = "{\"stale\":true}";

        Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => SaveOnWriterAsync(Db(stale), _ => System.Threading.Tasks.Task.CompletedTask, count: true));

        Assert.That(counted, Is.EqualTo(1), "the stale UPDATE ran bound by position");
        var stored = await host.ReadAsync(db => db.Instances.AsNoTracking().SingleAsync(i => i.Id == instance.Id));
        Assert.That((stored.Revision, stored.State), Is.EqualTo((2, "{}")));
    }

    private long counted;

    private Task<long> OnWriterAsync(Action<WorkflowsDbContext> change, bool count = false) => OnWriterAsync(db =>
    {
        change(db);
        return System.Threading.Tasks.Task.CompletedTask;
    }, count);

    private async Task<long> OnWriterAsync(Func<WorkflowsDbContext, Task> change, bool count = false)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await SaveOnWriterAsync(Db(scope), change, count);
    }

    /// <summary>Saves <paramref name="db"/>'s rows in a turn at the write gate; the executions bound by position.</summary>
    private async Task<long> SaveOnWriterAsync(WorkflowsDbContext db, Func<WorkflowsDbContext, Task> change, bool count)
    {
        await using var turn = await Gate.BeginAsync(db, CancellationToken.None);
        var writer = db.Database.GetDbConnection();
        var before = PreparedCommands.RawExecutionsOn(writer);
        try
        {
            await change(db);
            await db.SaveChangesAsync();
        }
        finally
        {
            if (count)
                counted = PreparedCommands.RawExecutionsOn(writer) - before;
        }
        var executions = PreparedCommands.RawExecutionsOn(writer) - before;
        await turn.CommitAsync(CancellationToken.None);
        return executions;
    }

    /// <summary>Every stored value of the three tables with its SQLite type, history's generated id left out.</summary>
    private Task<List<string>> StoredAsync() => host.ReadAsync(async db =>
    {
        var stored = new List<string>();
        foreach (var type in new[] { typeof(UserTaskRecord), typeof(InstanceRecord), typeof(HistoryEntry) })
        {
            var table = db.Model.FindEntityType(type)!.GetTableName()!;
            var columns = await db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM pragma_table_info({table}) ORDER BY cid").ToListAsync();
            var values = string.Join(" || '|' || ", columns.Where(column => !(type == typeof(HistoryEntry) && column == "id"))
                .Select(column => $"'{column}=' || typeof(\"{column}\") || ':' || quote(\"{column}\")"));
            var query = "SELECT " + values + " AS \"Value\" FROM \"" + table + "\" ORDER BY 1";
            stored.AddRange(await db.Database.SqlQueryRaw<string>(query).ToListAsync());
        }
        return stored;
    });

    private static void Change(InstanceRecord instance, UserTaskRecord task)
    {
        instance.State = "{\"approved\":true,\"名称\":\"交城县\"}";
        instance.Revision++;
        instance.EndedAt = Started.AddHours(2);
        instance.BusinessKey = null;
        task.Assignee = "li.si";
        task.Status = UserTaskStatus.Completed;
        task.DueProvisional = false;
        task.Priority = 10;
    }

    private static WorkflowsDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();

    private static T Clone<T>(T row) where T : class
    {
        var copy = (T)Activator.CreateInstance(typeof(T))!;
        foreach (var property in typeof(T).GetProperties().Where(property => property.CanWrite && property.CanRead))
            property.SetValue(copy, property.GetValue(row));
        return copy;
    }

    private static UserTaskRecord Task() => new()
    {
        Id = Guid.NewGuid(), InstanceId = Guid.NewGuid(), ExecutionId = Guid.NewGuid(), ActivityId = "review", Name = "审核 Review",
        Status = UserTaskStatus.Open, DueAt = Started.AddDays(5), DueProvisional = true, Priority = 70, FormKey = "review-form",
        CreatedAt = Started, BusinessKey = "JC-2026-001", DepartmentCode = "dept-a", DefinitionKey = "approval", DefinitionVersion = 3,
    };

    private static InstanceRecord Instance() => new()
    {
        Id = Guid.NewGuid(), DefinitionId = Guid.NewGuid(), DefinitionKey = "approval", DefinitionVersion = 1, BusinessKey = "JC-1",
        Status = InstanceStatus.Running, State = "{}", StartedAt = Started, Revision = 1,
    };

    private static List<HistoryEntry> History()
    {
        var instance = Guid.NewGuid();
        return
        [
            new() { InstanceId = instance, At = Started, Kind = HistoryKind.InstanceStarted, DefinitionKey = "approval", DefinitionVersion = 1, Actor = "clerk" },
            new()
            {
                InstanceId = instance, At = Started.AddMinutes(1), Kind = HistoryKind.VariableChanged, DefinitionKey = "approval", DefinitionVersion = 1,
                ActivityId = "review", ExecutionId = Guid.NewGuid(), TaskId = Guid.NewGuid(), VariableName = "amount", VariableValue = "12.5",
                Actor = "", Detail = "备注 detail", ErrorCode = "E1", ErrorMessage = "message",
            },
        ];
    }
}
