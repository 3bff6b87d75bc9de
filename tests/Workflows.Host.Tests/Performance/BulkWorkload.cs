using Microsoft.Data.Sqlite;
using Npgsql;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Performance;

/// <summary>
/// Fills a SQLite or PostgreSQL database with open tasks and history rows straight through SQL (the engine would take hours),
/// shaped like the real inbox: department tasks spread over ten departments, and reviewer tasks. Each table is one
/// <c>INSERT … SELECT</c> over a count (SQLite: a recursive common table expression; PostgreSQL: <c>generate_series</c>), all in
/// one transaction, so the database computes the rows instead of receiving them one by one. Task <c>i</c>: a department task
/// (group <c>department</c>, ten departments in turn) when <c>i</c> is even, else one waiting for finance's review; due 40 days
/// after its creation when <c>i</c> is a multiple of ten. History row <c>i</c> belongs to the instance of task <c>i % openTasks</c>.
/// </summary>
public static class BulkWorkload
{
    private static readonly string[] Departments =
        ["education", "health", "d03", "d04", "d05", "d06", "d07", "d08", "d09", "d10"];

    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow.AddDays(-30);

    public static void Insert(TestDatabase database, int openTasks, int historyRows)
    {
        if (database.Provider == "PostgreSql")
            InsertPostgreSql(database.ConnectionString, openTasks, historyRows);
        else
            InsertSqlite(database.ConnectionString, openTasks, historyRows);
    }

    private static void InsertSqlite(string connectionString, int openTasks, int historyRows)
    {
        // Not pooled: the large cache below goes with the connection instead of staying in the measured process.
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        // The history indexes take ten million rows in instance order scattered over the file: a larger cache keeps their
        // pages in memory while the transaction lasts.
        Execute(connection, null, "PRAGMA cache_size = -1000000");
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $count - 1)
            INSERT INTO user_tasks (id, instance_id, execution_id, activity_id, name, status, priority, form_key, created_at, due_at,
                due_provisional, business_key, department_code, definition_key, definition_version)
            SELECT {SqliteId("i")}, {SqliteId("i + 10000000")}, {SqliteId("i + 20000000")}, 'fill', '部门填报', 'Open', 50, 'host-test-fill',
                $start + i, CASE WHEN i % 10 = 0 THEN $start + i + {TimeSpan.TicksPerDay * 40} END, 0, 'BULK-' || i,
                CASE WHEN i % 2 = 0 THEN {SqliteDepartment("i / 2 % " + Departments.Length)} END, 'host-test', 1
            FROM n
            """, ("$count", openTasks), ("$start", Start.UtcTicks));
        Execute(connection, transaction, $"""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $count - 1)
            INSERT INTO user_task_candidates (task_id, kind, value)
            SELECT {SqliteId("i")}, 'Group', CASE WHEN i % 2 = 0 THEN 'department' ELSE 'finance' END FROM n
            """, ("$count", openTasks));
        Execute(connection, transaction, $"""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $count - 1)
            INSERT INTO history (instance_id, at, kind, definition_key, definition_version, activity_id, task_id, actor)
            SELECT {SqliteId("i % $tasks + 10000000")}, $start + i, 'ActivityStarted', 'host-test', 1, 'fill', {SqliteId("i % $tasks")}, 'bulk'
            FROM n
            """, ("$count", historyRows), ("$tasks", openTasks), ("$start", Start.UtcTicks));
        transaction.Commit();
    }

    /// <summary>The id of number <paramref name="number"/> (an SQL expression) as SQLite stores a <see cref="Guid"/>: upper-case text.</summary>
    private static string SqliteId(string number) => $"printf('%08X-7A11-4B00-0000-000000000001', {number})";

    /// <summary><see cref="Departments"/>[<paramref name="index"/>] as an SQL expression.</summary>
    private static string SqliteDepartment(string index) =>
        $"CASE {index} {string.Concat(Departments.Select((code, i) => $"WHEN {i} THEN '{code}' "))}END";

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    private static void InsertPostgreSql(string connectionString, int openTasks, int historyRows)
    {
        // Millions of rows in one transaction: no timeout.
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        // The task counters' trigger, deferred to the commit, would move each department's counter row once per task, and
        // every move reads past all the row versions this transaction left before it: the rows are counted once at the end.
        Execute(connection, "ALTER TABLE user_tasks DISABLE TRIGGER trg_user_tasks_counted_insert");
        Execute(connection, $"""
            INSERT INTO user_tasks (id, instance_id, execution_id, activity_id, name, status, priority, form_key, created_at, due_at,
                due_provisional, business_key, department_code, definition_key, definition_version)
            SELECT {PostgreSqlId("i")}, {PostgreSqlId("i + 10000000")}, {PostgreSqlId("i + 20000000")}, 'fill', '部门填报', 'Open', 50, 'host-test-fill',
                @start + {PostgreSqlTicks("i")}, CASE WHEN i % 10 = 0 THEN @start + {PostgreSqlTicks($"i + {TimeSpan.TicksPerDay * 40}")} END, false,
                'BULK-' || i, CASE WHEN i % 2 = 0 THEN (@departments)[i / 2 % {Departments.Length} + 1] END, 'host-test', 1
            FROM generate_series(0, @count - 1) AS i
            """, ("start", Start.ToUniversalTime()), ("departments", Departments), ("count", openTasks));
        Execute(connection, "ALTER TABLE user_tasks ENABLE TRIGGER trg_user_tasks_counted_insert");
        Execute(connection, """
            INSERT INTO department_open_task_counts AS counts (department_code, open_tasks)
            SELECT department_code, COUNT(*) FROM user_tasks WHERE business_key LIKE 'BULK-%' AND department_code IS NOT NULL GROUP BY department_code
            ON CONFLICT (department_code) DO UPDATE SET open_tasks = counts.open_tasks + excluded.open_tasks
            """);
        Execute(connection, $"""
            INSERT INTO user_task_candidates (task_id, kind, value)
            SELECT {PostgreSqlId("i")}, 'Group', CASE WHEN i % 2 = 0 THEN 'department' ELSE 'finance' END FROM generate_series(0, @count - 1) AS i
            """, ("count", openTasks));
        Execute(connection, $"""
            INSERT INTO history (instance_id, at, kind, definition_key, definition_version, activity_id, task_id, actor)
            SELECT {PostgreSqlId("i % @tasks + 10000000")}, @start + {PostgreSqlTicks("i")}, 'ActivityStarted', 'host-test', 1, 'fill',
                {PostgreSqlId("i % @tasks")}, 'bulk'
            FROM generate_series(0, @count - 1) AS i
            """, ("start", Start.ToUniversalTime()), ("tasks", openTasks), ("count", historyRows));
        transaction.Commit();

        // The statistics autovacuum would gather, so the planner sees the tables as they are.
        Execute(connection, "VACUUM ANALYZE user_tasks, user_task_candidates, history");
    }

    /// <summary>The id of number <paramref name="number"/> (an SQL expression), the same as on SQLite.</summary>
    private static string PostgreSqlId(string number) => $"(lpad(to_hex({number}), 8, '0') || '-7a11-4b00-0000-000000000001')::uuid";

    /// <summary><paramref name="ticks"/> (100 ns each) as a PostgreSQL interval; PostgreSQL keeps microseconds, as COPY did.</summary>
    private static string PostgreSqlTicks(string ticks) => $"make_interval(secs => ({ticks})::double precision / {TimeSpan.TicksPerSecond})";

    private static void Execute(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }
}
