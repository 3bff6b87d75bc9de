using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Performance;

/// <summary>
/// Fills a SQLite or PostgreSQL database with open tasks and history rows straight through SQL (the engine would take hours),
/// shaped like the real inbox: department tasks spread over ten departments, and reviewer tasks. SQLite takes them in one
/// transaction of prepared inserts, PostgreSQL by binary COPY, table by table.
/// </summary>
public static class BulkWorkload
{
    private static readonly string[] Departments =
        ["education", "health", "d03", "d04", "d05", "d06", "d07", "d08", "d09", "d10"];

    /// <summary>The values of one row of each table, the same on every provider.</summary>
    private readonly record struct TaskRow(Guid Id, Guid InstanceId, Guid ExecutionId, DateTimeOffset Created, DateTimeOffset? Due, string BusinessKey,
        string? Department, string Group);

    public static void Insert(TestDatabase database, int openTasks, int historyRows)
    {
        if (database.Provider == "PostgreSql")
            InsertPostgreSql(database.ConnectionString, openTasks, historyRows);
        else
            InsertSqlite(database.ConnectionString, openTasks, historyRows);
    }

    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow.AddDays(-30);

    private static TaskRow Task(int i)
    {
        // Half the tasks are department tasks, half wait for finance's review.
        var isDepartmentTask = i % 2 == 0;
        // One task in ten has a deadline (filings, rectifications), so both halves of the inbox order are read.
        DateTimeOffset? due = i % 10 == 0 ? Start.AddTicks(i + TimeSpan.TicksPerDay * 40) : null;
        return new TaskRow(Id(i), InstanceOf(i), Id(i + 20_000_000), Start.AddTicks(i), due, $"BULK-{i}",
            isDepartmentTask ? Departments[i / 2 % Departments.Length] : null, isDepartmentTask ? "department" : "finance");
    }

    /// <summary>History row <paramref name="i"/> belongs to the instance of task <c>i % openTasks</c>.</summary>
    private static Guid InstanceOf(int task) => Id(task + 10_000_000);

    private static void InsertSqlite(string connectionString, int openTasks, int historyRows)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var task = Command(connection, transaction, """
            INSERT INTO user_tasks (id, instance_id, execution_id, activity_id, name, status, priority, form_key, created_at, due_at,
                due_provisional, business_key, department_code, definition_key, definition_version)
            VALUES ($id, $instance, $execution, 'fill', '部门填报', 'Open', 50, 'host-test-fill', $created, $due, 0, $key, $department, 'host-test', 1)
            """, "$id", "$instance", "$execution", "$created", "$due", "$key", "$department");
        var candidate = Command(connection, transaction,
            "INSERT INTO user_task_candidates (task_id, kind, value) VALUES ($task, 'Group', $group)", "$task", "$group");
        var history = Command(connection, transaction, """
            INSERT INTO history (instance_id, at, kind, definition_key, definition_version, activity_id, task_id, actor)
            VALUES ($instance, $at, 'ActivityStarted', 'host-test', 1, 'fill', $task, 'bulk')
            """, "$instance", "$at", "$task");
        for (var i = 0; i < openTasks; i++)
        {
            var row = Task(i);
            Run(task, Text(row.Id), Text(row.InstanceId), Text(row.ExecutionId), row.Created.UtcTicks, row.Due?.UtcTicks, row.BusinessKey, row.Department);
            Run(candidate, Text(row.Id), row.Group);
        }

        for (var i = 0; i < historyRows; i++)
            Run(history, Text(InstanceOf(i % openTasks)), Start.AddTicks(i).UtcTicks, Text(Id(i % openTasks)));

        transaction.Commit();
    }

    private static void InsertPostgreSql(string connectionString, int openTasks, int historyRows)
    {
        // Millions of rows, and the counters' triggers firing for each at the end of the COPY: no timeout.
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        connection.Open();
        using (var tasks = connection.BeginBinaryImport("""
            COPY user_tasks (id, instance_id, execution_id, activity_id, name, status, priority, form_key, created_at, due_at,
                due_provisional, business_key, department_code, definition_key, definition_version) FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < openTasks; i++)
            {
                var row = Task(i);
                tasks.StartRow();
                tasks.Write(row.Id, NpgsqlDbType.Uuid);
                tasks.Write(row.InstanceId, NpgsqlDbType.Uuid);
                tasks.Write(row.ExecutionId, NpgsqlDbType.Uuid);
                tasks.Write("fill", NpgsqlDbType.Varchar);
                tasks.Write("部门填报", NpgsqlDbType.Varchar);
                tasks.Write("Open", NpgsqlDbType.Varchar);
                tasks.Write(50, NpgsqlDbType.Integer);
                tasks.Write("host-test-fill", NpgsqlDbType.Varchar);
                tasks.Write(row.Created, NpgsqlDbType.TimestampTz);
                if (row.Due is { } due)
                    tasks.Write(due, NpgsqlDbType.TimestampTz);
                else
                    tasks.WriteNull();
                tasks.Write(false, NpgsqlDbType.Boolean);
                tasks.Write(row.BusinessKey, NpgsqlDbType.Varchar);
                if (row.Department is { } department)
                    tasks.Write(department, NpgsqlDbType.Varchar);
                else
                    tasks.WriteNull();
                tasks.Write("host-test", NpgsqlDbType.Varchar);
                tasks.Write(1, NpgsqlDbType.Integer);
            }

            tasks.Complete();
        }

        using (var candidates = connection.BeginBinaryImport("COPY user_task_candidates (task_id, kind, value) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < openTasks; i++)
            {
                var row = Task(i);
                candidates.StartRow();
                candidates.Write(row.Id, NpgsqlDbType.Uuid);
                candidates.Write("Group", NpgsqlDbType.Varchar);
                candidates.Write(row.Group, NpgsqlDbType.Varchar);
            }

            candidates.Complete();
        }

        using (var history = connection.BeginBinaryImport("""
            COPY history (instance_id, at, kind, definition_key, definition_version, activity_id, task_id, actor) FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < historyRows; i++)
            {
                history.StartRow();
                history.Write(InstanceOf(i % openTasks), NpgsqlDbType.Uuid);
                history.Write(Start.AddTicks(i), NpgsqlDbType.TimestampTz);
                history.Write("ActivityStarted", NpgsqlDbType.Varchar);
                history.Write("host-test", NpgsqlDbType.Varchar);
                history.Write(1, NpgsqlDbType.Integer);
                history.Write("fill", NpgsqlDbType.Varchar);
                history.Write(Id(i % openTasks), NpgsqlDbType.Uuid);
                history.Write("bulk", NpgsqlDbType.Varchar);
            }

            history.Complete();
        }

        // The statistics autovacuum would gather, so the planner sees the tables as they are.
        using var analyze = new NpgsqlCommand("VACUUM ANALYZE user_tasks, user_task_candidates, history", connection);
        analyze.ExecuteNonQuery();
    }

    private static Guid Id(int number) => new(number, 0x7a11, 0x4b00, 0, 0, 0, 0, 0, 0, 0, 1);

    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
