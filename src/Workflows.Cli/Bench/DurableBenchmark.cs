using System.Diagnostics;
using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
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
            return Task.Run(() => RunWorkerAsync(services, openTaskOf, key, share, timings[worker], cancellationToken), cancellationToken);
        }));
        stopwatch.Stop();
        processorTime = Process.GetCurrentProcess().TotalProcessorTime - processorTime;
        var all = timings.SelectMany(t => t).Order().ToList();
        var p95 = all.Count == 0 ? 0 : all[(int)Math.Ceiling(all.Count * 0.95) - 1];
        // Each instance is one start, then one completion per task.
        return new DurableBenchmarkResult(instances, instances + all.Count, statements.Count, stopwatch.Elapsed, Math.Round(p95, 2), processorTime);
    }

    /// <summary>
    /// Runs uncounted instances for a few seconds first: the runtime compiles a method's optimised code only after
    /// it has run a while, and a server spends its life in that code, not in the first seconds of a process.
    /// </summary>
    private static Task WarmUpAsync(IServiceProvider services, OpenTaskQuery openTaskOf, string key, int workers, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        return Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (elapsed.Elapsed < WarmUp)
                await RunWorkerAsync(services, openTaskOf, key, 1, [], cancellationToken);
        }, cancellationToken)));
    }

    private static async Task RunWorkerAsync(
        IServiceProvider services, OpenTaskQuery openTaskOf, string key, int instances, List<double> completeTaskMs, CancellationToken cancellationToken)
    {
        for (var i = 0; i < instances; i++)
        {
            var started = await MeasureAsync(services, new StartInstance(key, Actor: "bench"), cancellationToken);
            while (await NextOpenTaskAsync(services, openTaskOf, started.InstanceId, cancellationToken) is { } taskId)
            {
                var watch = Stopwatch.StartNew();
                await MeasureAsync(services, new CompleteTask(taskId, Approving, "bench"), cancellationToken);
                completeTaskMs.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
    }

    private static async Task<Guid?> NextOpenTaskAsync(IServiceProvider services, OpenTaskQuery openTaskOf, Guid instanceId, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await openTaskOf(scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>(), instanceId, cancellationToken);
    }

    /// <summary>
    /// The client's lookup of its next task is harness, not engine: compiled once per run so it costs the run little
    /// (a compiled query serves one model, and each provider has its own).
    /// </summary>
    private static OpenTaskQuery CompileOpenTaskQuery() => new(EF.CompileAsyncQuery(
        (WorkflowsDbContext db, Guid instanceId, CancellationToken _) => db.UserTasks.AsNoTracking()
            .Where(t => t.InstanceId == instanceId && t.Status == UserTaskStatus.Open)
            .Select(t => (Guid?)t.Id).FirstOrDefault()));

    private delegate Task<Guid?> OpenTaskQuery(WorkflowsDbContext db, Guid instanceId, CancellationToken cancellationToken);

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
