using Microsoft.Extensions.Configuration;
using Workflows.Persistence.Configuration;

namespace Workflows.Runtime.Storage;

/// <summary>
/// <c>Database:Provider</c> and <c>ConnectionStrings:Workflows</c>, with the SQLite file under <c>data/</c> by default,
/// and on SQLite <c>Database:SqliteSynchronous</c> (<c>Full</c> by default, <c>Normal</c> as an opt-in).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, SqliteDurability SqliteDurability = SqliteDurability.Full)
{
    public const string DefaultSqliteConnectionString = "Data Source=data/workflows.db";

    public static DatabaseSettings FromConfiguration(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
            throw new InvalidOperationException(
                $"Database:Provider '{providerText}' is not supported; use Sqlite, PostgreSql or SqlServer.");

        var connectionString = configuration.GetConnectionString("Workflows");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
                throw new InvalidOperationException($"ConnectionStrings:Workflows is required for the {provider} provider.");
            connectionString = DefaultSqliteConnectionString;
        }
        var durabilityText = configuration["Database:SqliteSynchronous"];
        var durability = SqliteDurability.Full;
        if (!string.IsNullOrWhiteSpace(durabilityText)
            && (!Enum.TryParse(durabilityText, ignoreCase: true, out durability) || !Enum.IsDefined(durability)))
            throw new InvalidOperationException(
                $"Database:SqliteSynchronous '{durabilityText}' is not supported; use Full (the default) or Normal.");
        return new DatabaseSettings(provider, connectionString, durability);
    }
}
