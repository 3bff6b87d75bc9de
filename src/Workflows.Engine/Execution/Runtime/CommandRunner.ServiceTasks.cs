using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>Service tasks run their handler inside the command; a failure parks the token on an incident
/// (the store rolls back the handler's own writes) while the rest of the command commits.</summary>
internal sealed partial class CommandRunner
{
    private async ValueTask RunServiceTaskAsync(InstanceRun run, Execution execution, ServiceTask task)
    {
        var context = new ServiceTaskContext(run.Instance, task.Id, task.HandlerName, new VariableScope(run, execution).Flatten(), Actor);
        try
        {
            await services.ServiceTasks.ExecuteAsync(context, cancellationToken);
        }
        catch (BpmnErrorException error)
        {
            ThrowError(run, execution, error.ErrorCode, error.Detail);
            return;
        }
        catch (Exception failure) when (failure is not EngineCallAbandonedException && (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
        {
            RaiseIncident(run, execution, ExecutionStep.Execute, $"Service task handler '{task.HandlerName}' failed: {failure.Message}");
            return;
        }
        foreach (var (name, value) in context.Output)
            SetVariable(run, execution, name, value);
        Schedule(AgendaStep.Leave, run, execution, task);
    }

    /// <summary>The expression runs in the sandbox (no side effects); an evaluation error parks the token on an incident.</summary>
    private void RunExpressionTask(InstanceRun run, Execution execution, ExpressionTask task)
    {
        var value = task.Expression.Evaluate(VariablesOf(run, execution));
        if (task.ResultVariable is { } name)
            SetVariable(run, execution, name, value);
        Schedule(AgendaStep.Leave, run, execution, task);
    }
}
