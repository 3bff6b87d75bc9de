using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Runtime.Storage;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Storage;

/// <summary>
/// SQLite runs in write-ahead-log mode; what an acknowledged command survives is explicit: the log is synced at every
/// commit (FULL) unless <c>Database:SqliteSynchronous</c> names <c>Normal</c>.
/// </summary>
public sealed class SqliteConnectionTests
{
    [TestCase(null, 2L)]
    [TestCase("Full", 2L)]
    [TestCase("normal", 1L)]
    public async Task ShouldOpenConnectionsInWalModeWithTheConfiguredSynchronisation(string? setting, long expected)
    {
        var pragmas = await ReadPragmasAsync(setting, "journal_mode", "synchronous");

        Assert.That(pragmas, Is.EqualTo(new object[] { "wal", expected }));
    }

    [Test]
    public async Task ShouldKeepTemporaryStorageInMemory()
    {
        // A savepoint's journal (every command of a commit group after the first saves in one) spills to a temporary
        // file past 64 KiB unless temporary storage is in memory: a file created, written and deleted for most commands.
        var pragmas = await ReadPragmasAsync(null, "temp_store");

        Assert.That(pragmas, Is.EqualTo(new object[] { 2L }), "2 is MEMORY");
    }

    /// <summary>The values of <paramref name="names"/> on a connection the platform opens.</summary>
    private static async Task<List<object>> ReadPragmasAsync(string? setting, params string[] names)
    {
        var folder = Directory.CreateTempSubdirectory("workflows-sqlite-pragmas-").FullName;
        try
        {
            await using var services = Compose(folder, setting);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            var values = new List<object>();
            foreach (var name in names)
            {
                command.CommandText = $"PRAGMA {name};";
                values.Add((await command.ExecuteScalarAsync())!);
            }
            await db.Database.CloseConnectionAsync();
            return values;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCase("Off")]
    [TestCase("7")]
    public void ShouldRefuseASynchronisationItDoesNotOffer(string setting)
    {
        var configuration = Configuration("Data Source=unused.db", setting);

        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.FromConfiguration(configuration));

        Assert.That(error!.Message, Does.Contain("Database:SqliteSynchronous").And.Contain(setting));
    }

    private static ServiceProvider Compose(string folder, string? setting)
    {
        var configuration = Configuration($"Data Source={Path.Combine(folder, "workflows.db")}", setting);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(configuration);
        services.AddPlatformForTests(configuration);
        return services.BuildServiceProvider();
    }

    private static IConfiguration Configuration(string connectionString, string? setting) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Workflows"] = connectionString,
                ["Database:SqliteSynchronous"] = setting,
            })
            .Build();
}
