namespace Workflows.Host.Tests.Infrastructure;

/// <summary>The providers every host fixture runs on (<c>[TestFixtureSource]</c>).</summary>
public static class TestDatabases
{
    public static IEnumerable<TestFixtureData> All()
    {
        yield return new TestFixtureData("Sqlite").SetArgDisplayNames("Sqlite");
        yield return new TestFixtureData("PostgreSql").SetArgDisplayNames("PostgreSql");
    }

    public static TestDatabase Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteTestDatabase(),
        "PostgreSql" => new PostgreSqlTestDatabase(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown test database provider."),
    };
}
