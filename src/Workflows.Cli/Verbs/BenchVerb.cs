using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Cli.Bench;
using Workflows.Cli.Hosting;
using Workflows.Engine.InMemory;
using Workflows.Engine.Parsing;
using Workflows.Runtime.Storage;

namespace Workflows.Cli.Verbs;

/// <summary>
/// <c>workflows bench</c>: instances per second in memory, durable on a fresh SQLite file (and PostgreSQL when
/// given), the 95th percentile of a committed task completion, the commands per second and the statements (SQLite)
/// or round trips (PostgreSQL) per command of each database run, next to the one-row commits per second the same
/// database allows the same clients (<see cref="DatabaseBaseline"/>), and the memory left after the runs. Each run
/// measures steady state: in memory after 200 uncounted instances, on a database after uncounted instances until
/// the runtime has stopped compiling (at least 5 s).
/// </summary>
internal static class BenchVerb
{
    private const int MaxDurableInstances = 100_000;

    public static Command Create()
    {
        var instances = new Option<int>("--instances") { Description = "Instances for the in-memory run", DefaultValueFactory = _ => 10_000 };
        var durableInstances = new Option<int>("--durable-instances")
        {
            Description = $"Instances for each database run (up to {MaxDurableInstances:N0}: run 1,000, 10,000 and 100,000 to see the cost grow)",
            DefaultValueFactory = _ => 1_000,
        };
        var file = new Option<string>("--file") { Description = "The BPMN model to run (e.g. approval.bpmn)", Required = true };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL server connection string (or env WORKFLOWS_BENCH_POSTGRES)" };
        var workers = new Option<int>("--workers") { Description = "Concurrent clients of the database runs", DefaultValueFactory = _ => 2 };
        var databases = new Option<string>("--databases")
        {
            Description = "The database runs, comma-separated: sqlite, postgres (postgres needs --postgres)", DefaultValueFactory = _ => "sqlite,postgres",
        };
        var command = new Command("bench", "Measure engine throughput and latency; prints one JSON object per line")
        {
            instances, durableInstances, file, postgres, workers, databases,
        };
        command.SetAction((parseResult, cancellationToken) => UserErrors.RunAsync(() => RunAsync(
            new BenchSettings(
                parseResult.GetValue(file)!, parseResult.GetValue(instances), parseResult.GetValue(durableInstances), parseResult.GetValue(workers),
                parseResult.GetValue(postgres) ?? Environment.GetEnvironmentVariable("WORKFLOWS_BENCH_POSTGRES"),
                DatabaseRuns.Parse(parseResult.GetValue(databases)!)),
            cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Instances < 1 || settings.DurableInstances < 1 || settings.Workers < 1)
            throw new InvalidOperationException("--instances, --durable-instances and --workers must be 1 or more");
        if (settings.DurableInstances > MaxDurableInstances)
            throw new InvalidOperationException($"--durable-instances must be {MaxDurableInstances:N0} or fewer");
        if (!settings.Runs.Sqlite && settings.Postgres is not { Length: > 0 })
            throw new InvalidOperationException("--databases postgres needs a server: --postgres or WORKFLOWS_BENCH_POSTGRES");
        if (!File.Exists(settings.File))
            throw new InvalidOperationException($"{settings.File}: no such file");
        var xml = await File.ReadAllTextAsync(settings.File, cancellationToken);
        var model = BpmnImporter.ImportSingleExecutable(xml);

        var inMemory = await InMemoryBenchmark.RunAsync(model, settings.Instances, cancellationToken: cancellationToken);
        Print(new { inMemoryInstancesPerSec = Math.Round(inMemory.InstancesPerSecond), instances = inMemory.Completed });

        if (settings.Runs.Sqlite)
        {
            await using var sqlite = BenchDatabase.Sqlite();
            var result = await RunDurableAsync(sqlite, model.Id, xml, settings, cancellationToken);
            Print(new { sqliteInstancesPerSec = Math.Round(result.InstancesPerSecond, 1), p95CompleteTaskMs = result.P95CompleteTaskMs, instances = result.Instances });
            Print(new
            {
                sqliteCommandsPerSec = Math.Round(result.CommandsPerSecond, 1),
                sqliteStatementsPerCommand = Math.Round(result.StatementsPerCommand, 2),
                sqliteCpuMsPerCommand = Math.Round(result.CpuMsPerCommand, 3),
                commands = result.Commands,
                sqliteBaselineCommitsPerSec = Math.Round(result.BaselineCommitsPerSecond),
            });
        }
        if (settings.Runs.Postgres && settings.Postgres is { Length: > 0 } server)
        {
            await using var postgres = BenchDatabase.PostgreSql(server);
            var result = await RunDurableAsync(postgres, model.Id, xml, settings, cancellationToken);
            Print(new { postgresInstancesPerSec = Math.Round(result.InstancesPerSecond, 1), postgresP95CompleteTaskMs = result.P95CompleteTaskMs, instances = result.Instances });
            Print(new
            {
                postgresCommandsPerSec = Math.Round(result.CommandsPerSecond, 1),
                postgresRoundTripsPerCommand = Math.Round(result.StatementsPerCommand, 2),
                postgresCpuMsPerCommand = Math.Round(result.CpuMsPerCommand, 3),
                commands = result.Commands,
                postgresBaselineCommitsPerSec = Math.Round(result.BaselineCommitsPerSecond),
            });
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Print(new { rssMB = Math.Round(Environment.WorkingSet / 1024.0 / 1024.0, 1) });
        return 0;
    }

    private static async Task<DurableBenchmarkResult> RunDurableAsync(
        BenchDatabase database, string key, string xml, BenchSettings settings, CancellationToken cancellationToken)
    {
        var statements = new StatementCounter();
        using var roundTrips = database.Provider == "PostgreSql" ? new PostgresRoundTripCounter(statements) : null;
        IInterceptor counter = roundTrips is null ? new SqliteStatementTrace(statements) : roundTrips;
        await using var services = CliServices.Build(database.Settings, configure: services => services.AddSingleton(counter));
        await DatabaseMigrator.MigrateAsync(services, cancellationToken);
        var result = await DurableBenchmark.RunAsync(services, statements, key, xml, settings.DurableInstances, settings.Workers, cancellationToken);
        return result with { BaselineCommitsPerSecond = await DatabaseBaseline.CommitsPerSecondAsync(services, database.Provider, settings.Workers, cancellationToken) };
    }

    private static void Print(object line) => Console.WriteLine(JsonSerializer.Serialize(line));

    private sealed record BenchSettings(string File, int Instances, int DurableInstances, int Workers, string? Postgres, DatabaseRuns Runs);

    /// <summary>Which database runs to make: one alone is what a long run (100,000 instances) of one provider needs.</summary>
    private sealed record DatabaseRuns(bool Sqlite, bool Postgres)
    {
        public static DatabaseRuns Parse(string value)
        {
            var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(name => name.ToLowerInvariant()).ToHashSet();
            if (names.Count == 0 || !names.IsSubsetOf(["sqlite", "postgres"]))
                throw new InvalidOperationException($"--databases takes sqlite, postgres or both, comma-separated (not '{value}')");
            return new DatabaseRuns(names.Contains("sqlite"), names.Contains("postgres"));
        }
    }
}
