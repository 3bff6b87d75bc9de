using Microsoft.Data.Sqlite;
using Npgsql;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Performance;

/// <summary>
/// Fills a SQLite or PostgreSQL database with registered projects in one transaction, spread over the seeded departments and
/// stages, every tenth co-built by the next department, each under construction or later with two disbursed payments. Every NOT NULL column gets a value of its type, so the rows follow the
/// schema the migrations made (read from <c>PRAGMA table_info</c> or <c>information_schema</c>) without repeating it here.
/// </summary>
public static class BulkProjects
{
    private const int CoBuiltEvery = 10;

    private static readonly string[] Stages = ["Registered", "UnderReview", "Approved", "Contracted", "UnderConstruction", "InOperation"];

    /// <summary>The stages from <c>Contracted</c> on are paid: index 3 and up.</summary>
    private const int FirstPaidStage = 3;

    private const int PaymentsPerPaidProject = 2;

    public static void Insert(TestDatabase database, int count)
    {
        if (database.Provider == "PostgreSql")
            InsertPostgreSql(database.ConnectionString, count);
        else
            InsertSqlite(database.ConnectionString, count);
    }

    private static void InsertSqlite(string connectionString, int count)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var departments = Read(connection, "SELECT code FROM departments ORDER BY code", reader => reader.GetString(0));
        // The NOT NULL columns, nullable ones left out: each gets a value of its type.
        var columns = Read(connection, "PRAGMA table_info(projects)", reader => (Name: reader.GetString(1), Type: reader.GetString(2), Required: reader.GetInt32(3) == 1))
            .Where(column => column.Required).ToList();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO projects ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({string.Join(", ", columns.Select(c => "$" + c.Name))})";
        foreach (var column in columns)
            insert.Parameters.Add(new SqliteParameter { ParameterName = "$" + column.Name });
        insert.Prepare();
        using var coBuild = connection.CreateCommand();
        coBuild.Transaction = transaction;
        coBuild.CommandText = "INSERT INTO project_co_builders (project_id, department_code, part) VALUES ($project, $department, '')";
        coBuild.Parameters.Add(new SqliteParameter { ParameterName = "$project" });
        coBuild.Parameters.Add(new SqliteParameter { ParameterName = "$department" });
        coBuild.Prepare();
        using var pay = connection.CreateCommand();
        pay.Transaction = transaction;
        pay.CommandText = "INSERT INTO project_payments (id, project_id, fund, amount, purpose, status, requested_at, requested_by, disbursed_at, disbursed_by) "
            + "VALUES ($id, $project, 'Construction', $amount, '建设资金拨付', 'Disbursed', $at, 'bulk', $at, 'bulk')";
        foreach (var name in new[] { "$id", "$project", "$amount", "$at" })
            pay.Parameters.Add(new SqliteParameter { ParameterName = name });
        pay.Prepare();
        var registeredAt = DateTimeOffset.UtcNow.AddYears(-1);
        for (var i = 0; i < count; i++)
        {
            for (var c = 0; c < columns.Count; c++)
                insert.Parameters[c].Value = ValueOf(columns[c].Name, columns[c].Type, i, departments, registeredAt);

            insert.ExecuteNonQuery();
            if (i % Stages.Length >= FirstPaidStage)
            {
                for (var n = 0; n < PaymentsPerPaidProject; n++)
                {
                    pay.Parameters[0].Value = Guid.NewGuid().ToString().ToUpperInvariant();
                    pay.Parameters[1].Value = SqliteId(i);
                    pay.Parameters[2].Value = (12_345.67m + n).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    pay.Parameters[3].Value = registeredAt.AddSeconds(i).UtcTicks;
                    pay.ExecuteNonQuery();
                }
            }

            if (i % CoBuiltEvery == 0)
            {
                coBuild.Parameters[0].Value = SqliteId(i);
                coBuild.Parameters[1].Value = departments[(i + 1) % departments.Count];
                coBuild.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    /// <summary>One <c>INSERT … SELECT</c> over <c>generate_series</c> per table, then the statistics autovacuum would gather.</summary>
    private static void InsertPostgreSql(string connectionString, int count)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var departments = Read(connection, "SELECT code FROM departments ORDER BY code", reader => reader.GetString(0));
        var columns = Read(connection,
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'projects' AND is_nullable = 'NO'",
            reader => (Name: reader.GetString(0), Type: reader.GetString(1)));
        var departmentArray = $"ARRAY[{string.Join(", ", departments.Select(d => $"'{d}'"))}]";
        var stageArray = $"ARRAY[{string.Join(", ", Stages.Select(s => $"'{s}'"))}]";
        var values = columns.Select(column => column.Name switch
        {
            "id" => "md5('bulk-project-' || i)::uuid",
            "code" => "'BULK-' || lpad(i::text, 7, '0')",
            "name" => "'批量项目 ' || lpad(i::text, 7, '0') || ' 政务信息化'",
            "lead_department_code" => $"({departmentArray})[i % {departments.Count} + 1]",
            "stage" => $"({stageArray})[i % {Stages.Length} + 1]",
            "kind" => "'NewBuild'",
            "funding_status" => "CASE WHEN i % 500 = 0 THEN 'Held' ELSE 'Normal' END",
            "created_at" => "now() - interval '1 year' + i * interval '1 second'",
            _ => column.Type switch
            {
                "integer" or "bigint" or "smallint" or "numeric" => "0",
                "boolean" => "false",
                "uuid" => "gen_random_uuid()",
                "timestamp with time zone" => "now()",
                "date" => "current_date",
                "jsonb" => "'{}'",
                _ => "''",
            },
        });
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"INSERT INTO projects ({string.Join(", ", columns.Select(c => c.Name))}) SELECT {string.Join(", ", values)} FROM generate_series(0, {count - 1}) AS i");
        Execute(connection, $"INSERT INTO project_co_builders (project_id, department_code, part) " +
            $"SELECT md5('bulk-project-' || i)::uuid, ({departmentArray})[(i + 1) % {departments.Count} + 1], '' FROM generate_series(0, {count - 1}, {CoBuiltEvery}) AS i");
        Execute(connection, "INSERT INTO project_payments (id, project_id, fund, amount, purpose, status, requested_at, requested_by, disbursed_at, disbursed_by) " +
            $"SELECT gen_random_uuid(), md5('bulk-project-' || i)::uuid, 'Construction', 12345.67 + n, '建设资金拨付', 'Disbursed', now(), 'bulk', now(), 'bulk' " +
            $"FROM generate_series(0, {count - 1}) AS i, generate_series(0, {PaymentsPerPaidProject - 1}) AS n WHERE i % {Stages.Length} >= {FirstPaidStage}");
        transaction.Commit();
        Execute(connection, "VACUUM ANALYZE projects, project_co_builders, project_payments");
    }

    private static string SqliteId(int i) => new Guid(i, 0x7a12, 0x4b00, 0, 0, 0, 0, 0, 0, 0, 2).ToString().ToUpperInvariant();

    private static object ValueOf(string column, string type, int i, List<string> departments, DateTimeOffset registeredAt) => column switch
    {
        "id" => SqliteId(i),
        "code" => $"BULK-{i:D7}",
        "name" => $"批量项目 {i:D7} 政务信息化",
        "lead_department_code" => departments[i % departments.Count],
        "stage" => Stages[i % Stages.Length],
        "kind" => "NewBuild",
        "funding_status" => i % 500 == 0 ? "Held" : "Normal",
        "created_at" when IsInteger(type) => registeredAt.AddSeconds(i).UtcTicks,
        "created_at" => registeredAt.AddSeconds(i).ToString("O"),
        _ when IsInteger(type) => 0,
        _ => "",
    };

    private static bool IsInteger(string type) => type.Contains("INT", StringComparison.OrdinalIgnoreCase);

    private static void Execute(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 600;
        command.ExecuteNonQuery();
    }

    private static List<T> Read<T>(System.Data.Common.DbConnection connection, string sql, Func<System.Data.Common.DbDataReader, T> row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(row(reader));
        return rows;
    }
}
