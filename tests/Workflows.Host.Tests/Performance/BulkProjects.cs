using Microsoft.Data.Sqlite;

namespace Workflows.Host.Tests.Performance;

/// <summary>
/// Fills a SQLite database with registered projects in one transaction of prepared inserts, spread over the seeded
/// departments and stages. Every NOT NULL column gets a value of its type, so the rows follow the schema
/// the migrations made (read from <c>PRAGMA table_info</c>) without repeating it here.
/// </summary>
public static class BulkProjects
{
    private static readonly string[] Stages = ["Registered", "UnderReview", "Approved", "Contracted", "UnderConstruction", "InOperation"];

    public static void Insert(string connectionString, int count)
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
        var registeredAt = DateTimeOffset.UtcNow.AddYears(-1);
        for (var i = 0; i < count; i++)
        {
            for (var c = 0; c < columns.Count; c++)
                insert.Parameters[c].Value = ValueOf(columns[c].Name, columns[c].Type, i, departments, registeredAt);

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static object ValueOf(string column, string type, int i, List<string> departments, DateTimeOffset registeredAt) => column switch
    {
        "id" => new Guid(i, 0x7a12, 0x4b00, 0, 0, 0, 0, 0, 0, 0, 2).ToString().ToUpperInvariant(),
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

    private static List<T> Read<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> row)
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
