using System.Text.Json;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>Call activities: a child instance on the latest or a pinned version, variables mapped in and out.</summary>
internal sealed partial class CommandRunner
{
    private async ValueTask StartCalledInstanceAsync(InstanceRun run, Execution execution, CallActivity call)
    {
        if (await CallDepthAsync(run.Instance) >= services.Limits.MaxCallDepth)
            throw new RunawayCommandException(call.Id,
                $"Call activity '{call.Id}' of process '{run.Instance.DefinitionKey}' would nest called processes deeper than {services.Limits.MaxCallDepth} levels (does a process call itself?).");
        ExecutableDefinition definition;
        try
        {
            var version = call.Binding == CallBinding.Version ? call.Version : null;
            definition = await services.Definitions.ResolveAsync(call.CalledElement, version, cancellationToken);
        }
        catch (Exception failure) when (failure is not EngineCallAbandonedException && (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
        {
            RaiseIncident(run, execution, ExecutionStep.Execute, $"Called process '{call.CalledElement}' cannot be resolved: {failure.Message}");
            return;
        }
        if (!definition.HasNoneStart)
        {
            RaiseIncident(run, execution, ExecutionStep.Execute, $"Called process '{call.CalledElement}' has no none start event: it starts on its timer only.");
            return;
        }
        var child = NewInstance(definition, call.PassBusinessKey ? run.Instance.BusinessKey : null);
        child.ParentInstanceId = run.Instance.Id;
        child.ParentExecutionId = execution.Id;
        execution.State = ExecutionState.WaitingForCall;
        execution.ChildInstanceId = child.Id;
        session.Add(child);
        StartInstance(Register(child, definition.Model), InputOf(run, execution, call));
    }

    /// <summary>1 for an instance nobody called, 2 for one it called, and so on.</summary>
    private async ValueTask<int> CallDepthAsync(ProcessInstance instance)
    {
        var depth = 1;
        for (var current = instance; current.ParentInstanceId is { } parentId; depth++)
            current = await session.LoadAsync(parentId, cancellationToken);
        return depth;
    }

    private static Dictionary<string, JsonElement> InputOf(InstanceRun run, Execution execution, CallActivity call)
    {
        var visible = new VariableScope(run, execution);
        var input = call.AllVariablesIn ? visible.Flatten() : new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var mapping in call.In)
        {
            if (mapping.SourceExpression is { } expression)
                input[mapping.Target] = expression.Evaluate(visible);
            else if (visible.TryGetVariable(mapping.Source, out var value))
                input[mapping.Target] = value;
        }
        return input;
    }

    private async ValueTask ResumeCallerAsync(InstanceRun calledRun)
    {
        var called = calledRun.Instance;
        var caller = await EnterInstanceAsync(await session.LoadAsync(called.ParentInstanceId!.Value, cancellationToken));
        if (caller.Instance.Status != InstanceStatus.Running
            || caller.Find(called.ParentExecutionId ?? Guid.Empty) is not { ChildInstanceId: not null } execution
            || execution.ChildInstanceId != called.Id)
            return;
        var call = (CallActivity)caller.Model.Node(execution.ActivityId);
        execution.ChildInstanceId = null;
        execution.State = ExecutionState.Active;
        try
        {
            MapOut(caller, execution, call, called.Variables);
        }
        catch (ExpressionException exception)
        {
            // The called instance has ended: a retry of this incident leaves the call activity without the mapping.
            RaiseIncident(caller, execution, ExecutionStep.Leave, $"camunda:out of '{call.Id}': {exception.Message}");
            return;
        }
        Schedule(AgendaStep.Leave, caller, execution, call);
    }

    private void MapOut(InstanceRun caller, Execution execution, CallActivity call, Dictionary<string, JsonElement> calledVariables)
    {
        var outputs = new List<(string Target, JsonElement Value)>();
        foreach (var mapping in call.Out)
        {
            if (mapping.SourceExpression is { } expression)
                outputs.Add((mapping.Target, expression.Evaluate(new DictionaryVariables(calledVariables))));
            else if (calledVariables.TryGetValue(mapping.Source, out var value))
                outputs.Add((mapping.Target, value));
        }
        if (call.AllVariablesOut)
            SetVariables(caller, execution, calledVariables);
        foreach (var (target, value) in outputs)
            SetVariable(caller, execution, target, value);
    }
}
