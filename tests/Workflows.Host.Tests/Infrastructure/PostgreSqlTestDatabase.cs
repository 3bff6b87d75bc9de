using Npgsql;

namespace Workflows.Host.Tests.Infrastructure;

/// <summary>A uniquely named database on the local PostgreSQL (env <c>WORKFLOWS_TEST_POSTGRES</c>).</summary>
public sealed class PostgreSqlTestDatabase : TestDatabase
{
    private readonly string server =
        Environment.GetEnvironmentVariable("WORKFLOWS_TEST_POSTGRES") ?? "Host=localhost;Port=5432;Username=postgres;Password=postgres";

    private readonly string name = $"workflows_host_{Guid.NewGuid():N}";

    public override string Provider => "PostgreSql";

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
