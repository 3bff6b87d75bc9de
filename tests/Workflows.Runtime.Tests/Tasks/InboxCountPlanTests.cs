using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Workflows.Runtime.Tasks.ListTasks;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Tasks;

/// <summary>
/// An inbox's total on PostgreSQL, with a county-wide group holding tens of thousands of open tasks: the count reads the
/// first <see cref="ListTasksHandler.TotalCap"/> + 1 tasks of each way the caller sees tasks, as the plan PostgreSQL runs
/// shows (<c>EXPLAIN ANALYZE</c> of the statement the inbox sent), never every candidate row of the group; a clerk's, the first
/// tasks of the department from its index, never the table's rows before them.
/// </summary>
public sealed class InboxCountPlanTests
{
    private const int GroupTasks = 50_000;

    /// <summary>Open tasks of twenty departments, 5,000 of them the clerk's: at 60,000, PostgreSQL read the department's from
    /// its index even without the order that makes it.</summary>
    private const int DepartmentsTasks = 100_000;

    private readonly StatementRecorder statements = new();
    private RuntimeHost host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() =>
        host = await RuntimeHost.StartAsync("PostgreSql", (services, configuration) =>
        {
            services.AddPlatformForTests(configuration);
            services.AddSingleton<IInterceptor>(statements);
        }, PlatformHost.CreateSchemaAsync);

    [OneTimeTearDown]
    public async Task StopAsync() => await host.DisposeAsync();

    [Test]
    public async Task ShouldCountAReviewersInboxFromItsFirstTasksOnly()
    {
        await host.ReadAsync(async db =>
        {
            // Open unassigned tasks of no department (no counter row to move), each with the group finance as candidate.
            await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO user_tasks (id, instance_id, execution_id, activity_id, name, status, priority, created_at, due_provisional,
                    definition_key, definition_version)
                SELECT gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'review', '财政审核', 'Open', 50,
                    now() - make_interval(secs => i), false, 'inbox', 1
                FROM generate_series(1, {GroupTasks}) AS i;
                INSERT INTO user_task_candidates (task_id, kind, value) SELECT id, 'Group', 'finance' FROM user_tasks;
                ANALYZE user_tasks;
                ANALYZE user_task_candidates;
                """);
            return 0;
        });

        statements.Clear();
        var page = await host.QueryAsync(new ListTasks(User: "reviewer", Groups: ["finance"]));
        var count = statements.All.Single(statement => statement.Text.StartsWith("SELECT count(*)", StringComparison.OrdinalIgnoreCase));
        var rowsRead = await host.ReadAsync(db => RowsReadAsync(db, count));

        Assert.Multiple(() =>
        {
            Assert.That((page.Total, page.TotalCapped), Is.EqualTo((ListTasksHandler.TotalCap, true)));
            // The first TotalCap + 1 candidate rows and a probe of each one's task, give or take an index page.
            Assert.That(rowsRead, Is.LessThan(4 * (ListTasksHandler.TotalCap + 1)), count.Text);
        });
    }

    [Test]
    public async Task ShouldCountAClerksInboxFromTheDepartmentIndex()
    {
        await host.ReadAsync(async db =>
        {
            // Open tasks of twenty departments in turn, the clerk's one in twenty, each with the department group as candidate,
            // as the inbox measurement seeds them (this schema has no counter triggers). Read in table order, the department's first tasks lie among twenty times as many others.
            await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO user_tasks (id, instance_id, execution_id, activity_id, name, status, priority, created_at, due_provisional,
                    department_code, definition_key, definition_version)
                SELECT gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'fill', '部门填报', 'Open', 50,
                    now() - make_interval(secs => i), false, CASE WHEN i % 20 = 0 THEN 'plan-dept' ELSE 'plan-other-' || i % 20 END, 'inbox', 1
                FROM generate_series(1, {DepartmentsTasks}) AS i;
                INSERT INTO user_task_candidates (task_id, kind, value) SELECT id, 'Group', 'department' FROM user_tasks WHERE department_code LIKE 'plan-%';
                ANALYZE user_tasks;
                ANALYZE user_task_candidates;
                """);
            return 0;
        });

        statements.Clear();
        var page = await host.QueryAsync(new ListTasks(User: "plan-clerk", DepartmentGroups: ["department"], Department: "plan-dept"));
        var count = statements.All.Single(statement => statement.Text.StartsWith("SELECT count(*)", StringComparison.OrdinalIgnoreCase));
        var rowsRead = await host.ReadAsync(db => RowsReadAsync(db, count));

        Assert.Multiple(() =>
        {
            Assert.That((page.Total, page.TotalCapped), Is.EqualTo((ListTasksHandler.TotalCap, true)));
            Assert.That(page.Items, Has.Count.EqualTo(50));
            // The limits are in the statement: a generic plan, which PostgreSQL may keep after five runs, knows them too
            // (with a parameter it planned for a tenth of the department's rows and read them with parallel workers).
            Assert.That(count.Text, Does.Contain($"LIMIT {ListTasksHandler.TotalCap + 1}").And.Not.Contain("LIMIT @"));
            // The department's first TotalCap + 1 tasks from its index and a probe of each one's candidates, never the other departments' tasks around them.
            Assert.That(rowsRead, Is.LessThan(4 * (ListTasksHandler.TotalCap + 1)), count.Text);
        });
    }

    [Test]
    public async Task ShouldReadTheTasksAUserCompletedOrOwnsFromTheirPartialIndexes()
    {
        await host.ReadAsync(async db =>
        {
            // Open tasks with neither a completer nor an owner, which the two indexes leave out, and a reviewer's few: tasks
            // they completed, and tasks they own that a delegate holds.
            await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO user_tasks (id, instance_id, execution_id, activity_id, name, status, priority, created_at, due_provisional,
                    definition_key, definition_version)
                SELECT gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'fill', '填报', 'Open', 50,
                    now() - make_interval(secs => i), false, 'partial', 1
                FROM generate_series(1, {GroupTasks}) AS i;
                INSERT INTO user_tasks (id, instance_id, execution_id, activity_id, name, status, priority, created_at, due_provisional,
                    definition_key, definition_version, completed_by, completed_at)
                SELECT gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'review', '审核', 'Completed', 50,
                    now() - make_interval(secs => i), false, 'partial', 1, 'partial-reviewer', now()
                FROM generate_series(1, 20) AS i;
                INSERT INTO user_tasks (id, instance_id, execution_id, activity_id, name, status, priority, created_at, due_provisional,
                    definition_key, definition_version, owner, assignee)
                SELECT gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'review', '审核', 'Open', 50,
                    now() - make_interval(secs => i), false, 'partial', 1, 'partial-reviewer', 'partial-delegate'
                FROM generate_series(1, 20) AS i;
                ANALYZE user_tasks;
                """);
            return 0;
        });

        statements.Clear();
        var page = await host.QueryAsync(new ListTasks(User: "partial-reviewer", Status: null, DefinitionKey: "partial"));
        var count = statements.All.Single(statement => statement.Text.StartsWith("SELECT count(*)", StringComparison.OrdinalIgnoreCase));
        var rowsRead = await host.ReadAsync(db => RowsReadAsync(db, count));

        Assert.Multiple(() =>
        {
            Assert.That(page.Total, Is.EqualTo(40));
            // The reviewer's rows from the completer's and the owner's indexes, never the open tasks that have neither.
            Assert.That(rowsRead, Is.LessThan(1_000), count.Text);
        });
    }

    /// <summary>
    /// The rows every scan of the statement's plan read (returned, or read and dropped by its filter), as PostgreSQL runs it
    /// with the same parameters.
    /// </summary>
    private static async Task<long> RowsReadAsync(Persistence.WorkflowsDbContext db, RecordedStatement statement)
    {
        await db.Database.OpenConnectionAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, FORMAT JSON) " + statement.Text, (NpgsqlConnection)db.Database.GetDbConnection());
        explain.Parameters.AddRange(statement.Parameters.Select(parameter => parameter.Clone()).ToArray());
        var json = (string)(await explain.ExecuteScalarAsync())!;
        using var plan = JsonDocument.Parse(json);
        return RowsRead(plan.RootElement[0].GetProperty("Plan"));
    }

    private static long RowsRead(JsonElement node)
    {
        // Both figures are per loop.
        var own = node.TryGetProperty("Relation Name", out _)
            ? (node.GetProperty("Actual Rows").GetInt64() + (node.TryGetProperty("Rows Removed by Filter", out var dropped) ? dropped.GetInt64() : 0))
                * node.GetProperty("Actual Loops").GetInt64()
            : 0;
        return own + (node.TryGetProperty("Plans", out var children) ? children.EnumerateArray().Sum(RowsRead) : 0);
    }

    private sealed record RecordedStatement(string Text, IReadOnlyList<NpgsqlParameter> Parameters);

    /// <summary>The queries the platform sends, with their parameters.</summary>
    private sealed class StatementRecorder : DbCommandInterceptor
    {
        private readonly List<RecordedStatement> statements = [];

        public IReadOnlyList<RecordedStatement> All
        {
            get
            {
                lock (statements)
                    return [.. statements];
            }
        }

        public void Clear()
        {
            lock (statements)
                statements.Clear();
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            lock (statements)
                statements.Add(new RecordedStatement(command.CommandText, [.. command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone())]));
            return ValueTask.FromResult(result);
        }
    }
}
