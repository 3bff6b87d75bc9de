using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Definitions.PublishDefinition;
using Workflows.Runtime.Definitions.SaveDraft;
using Workflows.Runtime.Instances.StartInstance;
using Workflows.Runtime.Tasks.CompleteTask;

namespace Workflows.Cli.Bench;

/// <summary>
/// Runs instances through the real commands on a database: every start and every task completion is its own
/// scope and committed transaction, as separate HTTP requests would be. Tasks are completed with
/// <c>approved = true</c>, so approval models take their longest path.
/// </summary>
internal static class DurableBenchmark
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(60);
    private const int SettledCompilations = 2;

    private static readonly IReadOnlyDictionary<string, JsonElement> Approving =
        new Dictionary<string, JsonElement> { ["approved"] = JsonSerializer.SerializeToElement(true) };

    public static async Task<DurableBenchmarkResult> RunAsync(
        IServiceProvider services, StatementCounter statements, string key, string xml, int instances, int workers, CancellationToken cancellationToken)
    {
        await SendAsync(services, new SaveDraft(key, xml, "bench"), cancellationToken);
        await SendAsync(services, new PublishDefinition(key, Actor: "bench"), cancellationToken);
        var openTaskOf = CompileOpenTaskQuery();
        await WarmUpAsync(services, openTaskOf, key, workers, cancellationToken);

        var timings = new List<double>[workers];
        statements.Reset();
        var processorTime = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker =>
        {
            timings[worker] = [];
            var share = instances / workers + (worker < instances % workers ? 1 : 0);
            return Task.Run(async () =>
            {
                await using var lookup = await openTaskOf(services, cancellationToken);
                await RunWorkerAsync(services, lookup, key, share, timings[worker], cancellationToken);
            }, cancellationToken);
        }));
        stopwatch.Stop();
        processorTime = Process.GetCurrentProcess().TotalProcessorTime - processorTime;
        var all = timings.SelectMany(t => t).Order().ToList();
        var p95 = all.Count == 0 ? 0 : all[(int)Math.Ceiling(all.Count * 0.95) - 1];
        // Each instance is one start, then one completion per task.
        return new DurableBenchmarkResult(instances, instances + all.Count, statements.Count, stopwatch.Elapsed, Math.Round(p95, 2), processorTime);
    }

    /// <summary>
    /// Runs uncounted instances first, for at least <see cref="WarmUp"/> and until the runtime has stopped compiling:
    /// the runtime compiles a method's optimised code only after it has run a while (and, with dynamic PGO, after an
    /// instrumented round), and a server spends its life in that code, not in the first seconds of a process. On a
    /// loaded machine the background compilation of the hot paths takes far longer than a fixed few seconds.
    /// </summary>
    private static async Task WarmUpAsync(IServiceProvider services, OpenTaskQuery openTaskOf, string key, int workers, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        using var settled = new CancellationTokenSource();
        var watching = WatchCompilationAsync(elapsed, settled, cancellationToken);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await using var lookup = await openTaskOf(services, cancellationToken);
            while (!settled.IsCancellationRequested)
                await RunWorkerAsync(services, lookup, key, 1, [], cancellationToken);
        }, cancellationToken)));
        await watching;
    }

    /// <summary>Signals once <see cref="WarmUp"/> has passed and a whole second went by with almost no method compiled (at most <see cref="MaxWarmUp"/>).</summary>
    private static async Task WatchCompilationAsync(Stopwatch elapsed, CancellationTokenSource settled, CancellationToken cancellationToken)
    {
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        while (elapsed.Elapsed < MaxWarmUp)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            var quiet = now - compiled <= SettledCompilations;
            compiled = now;
            if (quiet && elapsed.Elapsed >= WarmUp)
                break;
        }
        settled.Cancel();
    }

    private static async Task RunWorkerAsync(
        IServiceProvider services, OpenTaskLookup lookup, string key, int instances, List<double> completeTaskMs, CancellationToken cancellationToken)
    {
        for (var i = 0; i < instances; i++)
        {
            var started = await MeasureAsync(services, new StartInstance(key, Actor: "bench"), cancellationToken);
            while (await lookup.NextAsync(started.InstanceId, cancellationToken) is { } taskId)
            {
                var watch = Stopwatch.StartNew();
                await MeasureAsync(services, new CompleteTask(taskId, Approving, "bench"), cancellationToken);
                completeTaskMs.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
    }

    /// <summary>
    /// The client's lookup of its next task is harness, not engine: one plain SELECT built once per run from the
    /// model's names, run by each worker on a connection of its own, opened once and kept with the statement
    /// prepared, as a client polling its inbox would. It costs the run a round trip and little CPU, and none of
    /// the commands' resources (no scope, no context, no connection taken from the commands' pool).
    /// </summary>
    private static OpenTaskQuery CompileOpenTaskQuery()
    {
        string? statement = null;
        return async (services, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            var entityType = db.Model.FindEntityType(typeof(UserTaskRecord))!;
            var instance = entityType.FindProperty(nameof(UserTaskRecord.InstanceId))!;
            var status = entityType.FindProperty(nameof(UserTaskRecord.Status))!;
            statement ??= OpenTaskStatement(db, entityType, instance, status);
            var connection = DbProviderFactories.GetFactory(db.Database.GetDbConnection())!.CreateConnection()!;
            connection.ConnectionString = db.Database.GetConnectionString();
            try
            {
                await connection.OpenAsync(cancellationToken);
                var command = connection.CreateCommand();
                command.CommandText = statement;
                var instanceParameter = instance.GetRelationalTypeMapping().CreateParameter(command, "@i", Guid.Empty, nullable: false);
                command.Parameters.Add(instanceParameter);
                command.Parameters.Add(status.GetRelationalTypeMapping().CreateParameter(command, "@s", UserTaskStatus.Open, nullable: false));
                await command.PrepareAsync(cancellationToken);
                return new OpenTaskLookup(connection, command, instanceParameter);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        };
    }

    private static string OpenTaskStatement(WorkflowsDbContext db, IEntityType entityType, IProperty instance, IProperty status)
    {
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(IProperty property) => sql.DelimitIdentifier(property.GetColumnName(table)!);
        return $"SELECT {Column(entityType.FindProperty(nameof(UserTaskRecord.Id))!)} FROM {sql.DelimitIdentifier(table.Name, table.Schema)}"
            + $" WHERE {Column(instance)} = @i AND {Column(status)} = @s LIMIT 1";
    }

    private delegate Task<OpenTaskLookup> OpenTaskQuery(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>One worker's kept connection and prepared lookup of an instance's next open task.</summary>
    private sealed class OpenTaskLookup(DbConnection connection, DbCommand command, DbParameter instance) : IAsyncDisposable
    {
        public async Task<Guid?> NextAsync(Guid instanceId, CancellationToken cancellationToken)
        {
            instance.Value = instanceId;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? reader.GetFieldValue<Guid>(0) : null;
        }

        public async ValueTask DisposeAsync()
        {
            await command.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    private static async Task<T> MeasureAsync<T>(IServiceProvider services, ICommand<T> command, CancellationToken cancellationToken)
    {
        using var measuring = StatementCounter.Measure();
        return await SendAsync(services, command, cancellationToken);
    }

    private static async Task<T> SendAsync<T>(IServiceProvider services, ICommand<T> command, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
    }
}
