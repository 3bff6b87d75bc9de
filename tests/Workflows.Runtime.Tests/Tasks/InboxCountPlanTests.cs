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
/// shows (<c>EXPLAIN ANALYZE</c> of the statement the inbox sent), never every candidate row of the group.
/// </summary>
public sealed class InboxCountPlanTests
{
    private const int GroupTasks = 50_000;

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

    /// <summary>The rows every scan of the statement's plan returned, as PostgreSQL runs it with the same parameters.</summary>
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
        var own = node.TryGetProperty("Relation Name", out _)
            ? node.GetProperty("Actual Rows").GetInt64() * node.GetProperty("Actual Loops").GetInt64()
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
