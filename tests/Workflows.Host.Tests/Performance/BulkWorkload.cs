using Microsoft.Data.Sqlite;

namespace Workflows.Host.Tests.Performance;

/// <summary>
/// Fills a SQLite database with open tasks and history rows straight through SQL (the engine would take hours),
/// shaped like the real inbox: department tasks spread over ten departments, and reviewer tasks.
/// </summary>
public static class BulkWorkload
{
    private static readonly string[] Departments =
        ["education", "health", "d03", "d04", "d05", "d06", "d07", "d08", "d09", "d10"];

    public static void Insert(string connectionString, int openTasks, int historyRows)
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
        var start = DateTimeOffset.UtcNow.AddDays(-30).UtcTicks;
        for (var i = 0; i < Math.Max(openTasks, historyRows); i++)
        {
            var taskId = Id(i % openTasks);
            var instanceId = Id(i % openTasks + 10_000_000);
            if (i < openTasks)
            {
                // Half the tasks are department tasks, half wait for finance's review.
                var isDepartmentTask = i % 2 == 0;
                // One task in ten has a deadline (filings, rectifications), so both halves of the inbox order are read.
                long? due = i % 10 == 0 ? start + i + TimeSpan.TicksPerDay * 40 : null;
                Run(task, taskId, instanceId, Id(i + 20_000_000), start + i, due, $"BULK-{i}",
                    isDepartmentTask ? Departments[i / 2 % Departments.Length] : null);
                Run(candidate, taskId, isDepartmentTask ? "department" : "finance");
            }

            if (i < historyRows)
            {
                Run(history, instanceId, start + i, taskId);
            }
        }

        transaction.Commit();
    }

    private static string Id(int number) => new Guid(number, 0x7a11, 0x4b00, 0, 0, 0, 0, 0, 0, 0, 1).ToString().ToUpperInvariant();

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
