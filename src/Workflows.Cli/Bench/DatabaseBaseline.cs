using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;

namespace Workflows.Cli.Bench;

/// <summary>
/// What the database itself allows at the same moment: one-row transactions, each committed on its own, by as many
/// clients as the durable run has, on the same database and connection settings (on SQLite the same pragmas, WAL and
/// the configured <c>synchronous</c>, one writer at a time as the write gate makes it; on PostgreSQL one
/// <c>INSERT</c> per transaction, pgbench's simplest script). A command that must be acknowledged only once its own
/// commit is durable cannot run faster than this; the durable run's commands per second are read against it.
/// </summary>
internal static class DatabaseBaseline
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(3);
    private static readonly string Payload = new('x', 200);

    public static async Task<double> CommitsPerSecondAsync(IServiceProvider services, string provider, int workers, CancellationToken cancellationToken)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            await db.Database.ExecuteSqlRawAsync(
                provider == "PostgreSql"
                    ? "CREATE TABLE bench_baseline (id bigserial PRIMARY KEY, payload text NOT NULL)"
                    : "CREATE TABLE bench_baseline (id integer PRIMARY KEY, payload text NOT NULL)",
                cancellationToken);
        }
        using var writer = new SemaphoreSlim(1, 1);
        var oneWriter = provider == "Sqlite";
        var commits = 0L;
        var elapsed = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "INSERT INTO bench_baseline (payload) VALUES (@payload)";
            var payload = command.CreateParameter();
            payload.ParameterName = "@payload";
            payload.Value = Payload;
            command.Parameters.Add(payload);
            while (elapsed.Elapsed < Duration)
            {
                if (oneWriter)
                    await writer.WaitAsync(cancellationToken);
                try
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                finally
                {
                    if (oneWriter)
                        writer.Release();
                }
                Interlocked.Increment(ref commits);
            }
        }, cancellationToken)));
        return Interlocked.Read(ref commits) / elapsed.Elapsed.TotalSeconds;
    }
}
