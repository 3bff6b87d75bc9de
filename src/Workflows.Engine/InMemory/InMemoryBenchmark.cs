using System.Diagnostics;
using System.Text.Json;
using Workflows.Engine.Execution;
using Workflows.Engine.Model;

namespace Workflows.Engine.InMemory;

/// <summary>
/// Runs instances of a model purely in memory: start, then complete every open user task (with
/// <c>approved = true</c>) until the instance ends. One worker per core, each with its own session;
/// the engine and the model's plan are shared, as in a server.
/// </summary>
public static class InMemoryBenchmark
{
    private static readonly IReadOnlyDictionary<string, JsonElement> ApprovingVariables =
        new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["approved"] = JsonSerializer.SerializeToElement(true) };

    public static async Task<InMemoryBenchmarkResult> RunAsync(ProcessModel model, int instances, int? workers = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(instances);
        var resolver = new InMemoryDefinitionResolver();
        var definition = resolver.Publish(model);
        var engine = new ProcessEngine(resolver, new ServiceTaskRegistry([]), TimeProvider.System);
        var workerCount = Math.Clamp(workers ?? Environment.ProcessorCount, 1, instances);

        await RunWorkerAsync(engine, definition, Math.Min(instances, 200), cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        var shares = Enumerable.Range(0, workerCount)
            .Select(worker => instances / workerCount + (worker < instances % workerCount ? 1 : 0))
            .Select(share => Task.Run(() => RunWorkerAsync(engine, definition, share, cancellationToken), cancellationToken))
            .ToArray();
        var completed = (await Task.WhenAll(shares)).Sum();
        stopwatch.Stop();
        return new InMemoryBenchmarkResult(instances, completed, stopwatch.Elapsed, workerCount);
    }

    /// <summary>Returns how many of the instances completed.</summary>
    private static async Task<int> RunWorkerAsync(ProcessEngine engine, ExecutableDefinition definition, int instances, CancellationToken cancellationToken)
    {
        var completed = 0;
        var openTasks = new List<Guid>();
        var request = new StartRequest(BusinessKey: null, Variables: null, Actor: "bench");
        for (var i = 0; i < instances; i++)
        {
            var session = new InMemoryInstanceSession();
            var result = await engine.StartAsync(session, definition, request, cancellationToken);
            var instance = result.TouchedInstances[0];
            CollectOpenTasks(result, openTasks);
            while (openTasks.Count > 0 && instance.Status == InstanceStatus.Running)
            {
                var taskId = openTasks[^1];
                openTasks.RemoveAt(openTasks.Count - 1);
                result = await engine.CompleteTaskAsync(session, instance, taskId, ApprovingVariables, "bench", cancellationToken);
                CollectOpenTasks(result, openTasks);
            }
            openTasks.Clear();
            if (instance.Status == InstanceStatus.Completed)
                completed++;
        }
        return completed;
    }

    private static void CollectOpenTasks(EngineResult result, List<Guid> openTasks)
    {
        foreach (var engineEvent in result.Events)
        {
            if (engineEvent is UserTaskCreated created)
                openTasks.Add(created.Task.TaskId);
            else if (engineEvent is UserTaskCancelled cancelled)
                openTasks.Remove(cancelled.TaskId);
        }
    }
}
