using System.Text.Json;
using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>
/// Multi-instance activities: a body execution holds the counters and the boundary events; each
/// iteration is a child execution with its <c>loopCounter</c> and element variable. Parallel runs every
/// iteration at once, sequential one after another; the completion condition can end the loop early.
/// </summary>
internal sealed partial class CommandRunner
{
    private MultiInstanceLoop EvaluateLoop(InstanceRun run, Execution execution, MultiInstance multiInstance)
    {
        var variables = VariablesOf(run, execution);
        if (multiInstance.Collection is { } collection)
        {
            var items = collection.Evaluate(variables);
            return items.ValueKind == JsonValueKind.Array
                ? new MultiInstanceLoop(items.Clone(), items.GetArrayLength())
                : throw new ProcessRuntimeException($"Multi-instance collection '{collection.Source}' is {items.ValueKind}, not an array.");
        }
        if (multiInstance.LoopCardinality is { } cardinality)
        {
            var count = cardinality.Evaluate(variables);
            return count.ValueKind == JsonValueKind.Number && count.TryGetInt32(out var n) && n >= 0
                ? new MultiInstanceLoop(null, n)
                : throw new ProcessRuntimeException($"Loop cardinality '{cardinality.Source}' is not a non-negative integer.");
        }
        throw new ProcessRuntimeException("A multi-instance activity needs a collection or a loop cardinality.");
    }

    private void StartMultiInstance(InstanceRun run, Execution body, Activity activity, MultiInstanceLoop loop)
    {
        var sequential = activity.MultiInstance!.IsSequential;
        body.State = ExecutionState.MultiInstanceBody;
        body.LoopItems = loop.Items;
        body.Variables = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            [LoopVariables.NrOfInstances] = JsonSerializer.SerializeToElement(loop.Count),
            [LoopVariables.NrOfCompletedInstances] = JsonSerializer.SerializeToElement(0),
            [LoopVariables.NrOfActiveInstances] = JsonSerializer.SerializeToElement(sequential ? Math.Min(loop.Count, 1) : loop.Count),
        };
        if (loop.Count == 0)
        {
            Schedule(AgendaStep.Leave, run, body, activity);
            return;
        }
        var started = sequential ? 1 : loop.Count;
        for (var index = 0; index < started; index++)
            StartIteration(run, body, activity, index);
    }

    private void StartIteration(InstanceRun run, Execution body, Activity activity, int index)
    {
        var iteration = NewExecution(run, body, ExecutionState.Active);
        iteration.ActivityId = activity.Id;
        iteration.Variables = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            [LoopVariables.LoopCounter] = JsonSerializer.SerializeToElement(index),
        };
        if (activity.MultiInstance!.ElementVariable is { } elementVariable && body.LoopItems is { } items)
            iteration.Variables[elementVariable] = items[index];
        Emit(new ActivityStarted(run.Instance.Id, Now, iteration.Id, activity.Id, ActivityTypes.Of(activity)));
        Schedule(AgendaStep.Execute, run, iteration, activity);
    }

    private void CompleteIteration(InstanceRun run, Execution iteration, Activity activity)
    {
        var body = run.ParentOf(iteration)!;
        var counters = body.Variables!;
        var total = counters[LoopVariables.NrOfInstances].GetInt32();
        var completed = counters[LoopVariables.NrOfCompletedInstances].GetInt32() + 1;
        var active = counters[LoopVariables.NrOfActiveInstances].GetInt32() - 1;
        var multiInstance = activity.MultiInstance!;
        var conditionMet = multiInstance.CompletionCondition?.EvaluateCondition(
            new CounterOverlay(VariablesOf(run, iteration), completed, active)) ?? false;

        CloseWaits(run, iteration);
        Emit(new ActivityEnded(run.Instance.Id, Now, iteration.Id, activity.Id, ActivityTypes.Of(activity), Cancelled: false));
        Remove(run, iteration);
        counters[LoopVariables.NrOfCompletedInstances] = JsonSerializer.SerializeToElement(completed);
        if (conditionMet || completed >= total)
        {
            // The condition ends the loop early: iterations still running are cancelled.
            foreach (var remaining in run.ChildrenOf(body))
                CancelTree(run, remaining);
            counters[LoopVariables.NrOfActiveInstances] = JsonSerializer.SerializeToElement(0);
            Schedule(AgendaStep.Leave, run, body, activity);
        }
        else if (multiInstance.IsSequential)
        {
            StartIteration(run, body, activity, completed);
        }
        else
        {
            counters[LoopVariables.NrOfActiveInstances] = JsonSerializer.SerializeToElement(active);
        }
    }
}
