using Microsoft.EntityFrameworkCore;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Storage;

/// <summary>Throughput on SQLite rests on write-ahead logging without an fsync per commit.</summary>
public sealed class SqliteConnectionTests
{
    private RuntimeHost host = null!;

    [OneTimeSetUp]
    public async Task StartHostAsync() => host = await RuntimeHost.StartAsync("Sqlite");

    [OneTimeTearDown]
    public async Task StopHostAsync() => await host.DisposeAsync();

    [Test]
    public async Task ShouldOpenConnectionsInWalModeWithNormalSynchronisation()
    {
        var pragmas = await host.ReadAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode; ";
            var journal = (string)(await command.ExecuteScalarAsync())!;
            command.CommandText = "PRAGMA synchronous;";
            var synchronous = (long)(await command.ExecuteScalarAsync())!;
            return (journal, synchronous);
        });

        Assert.That(pragmas, Is.EqualTo(("wal", 1L)));
    }
}
