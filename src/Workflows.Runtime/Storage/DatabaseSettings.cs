using Microsoft.Extensions.Configuration;
using Workflows.Persistence.Configuration;

namespace Workflows.Runtime.Storage;

/// <summary><c>Database:Provider</c> and <c>ConnectionStrings:Workflows</c>, with the SQLite file under <c>data/</c> by default.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
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
        return new DatabaseSettings(provider, connectionString);
    }
}
