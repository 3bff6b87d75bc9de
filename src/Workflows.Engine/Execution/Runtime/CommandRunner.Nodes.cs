using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>The life of a token at a node: arrive, begin (boundaries, multi-instance), execute, complete.</summary>
internal sealed partial class CommandRunner
{
    private void Arrive(InstanceRun run, Execution execution, FlowNode node)
    {
        execution.InTransit = false;
        execution.ActivityId = node.Id;
        Emit(new ActivityStarted(run.Instance.Id, Now, execution.Id, node.Id, ActivityTypes.OnArrival(node)));
        switch (node)
        {
            case ParallelGateway { Incoming.Count: > 1 } join:
                ArriveAtParallelJoin(run, execution, join);
                return;
            case InclusiveGateway { Incoming.Count: > 1 } join:
                execution.State = ExecutionState.Joined;
                execution.JoinFlowId = null;
                TryFireInclusiveJoin(run, run.ParentOf(execution)!, join);
                return;
        }
        execution.JoinFlowId = null;
        Begin(run, execution, node);
    }

    private void Begin(InstanceRun run, Execution execution, FlowNode node)
    {
        if (node is not Activity activity)
        {
            Schedule(AgendaStep.Execute, run, execution, node);
            return;
        }
        var loop = activity.MultiInstance is { } multiInstance ? EvaluateLoop(run, execution, multiInstance) : null;
        OpenBoundaryEvents(run, execution, activity);
        if (loop is not null)
            StartMultiInstance(run, execution, activity, loop);
        else
            Schedule(AgendaStep.Execute, run, execution, node);
    }

    private async ValueTask ExecuteAsync(InstanceRun run, Execution execution, FlowNode node)
    {
        switch (node)
        {
            case UserTask task:
                CreateUserTask(run, execution, task);
                break;
            case ServiceTask task:
                await RunServiceTaskAsync(run, execution, task);
                break;
            case ExternalTask task:
                CreateExternalTask(run, execution, task);
                break;
            case ExpressionTask task:
                RunExpressionTask(run, execution, task);
                break;
            case SubProcess subProcess:
                EnterSubProcess(run, execution, subProcess);
                break;
            case CallActivity call:
                await StartCalledInstanceAsync(run, execution, call);
                break;
            case IntermediateCatchEvent catchEvent:
                WaitAtCatchEvent(run, execution, catchEvent);
                break;
            case ReceiveTask receiveTask:
                WaitAtReceiveTask(run, execution, receiveTask);
                break;
            case EndEvent end:
                ReachEnd(run, execution, end);
                break;
            default:
                Schedule(AgendaStep.Leave, run, execution, node);
                break;
        }
    }

    /// <summary>The node's work is done: a multi-instance iteration reports to its body; anything else moves on.</summary>
    private void Complete(InstanceRun run, Execution execution, FlowNode node)
    {
        if (node is Activity activity && run.IsMultiInstanceChild(execution))
            CompleteIteration(run, execution, activity);
        else
            TakeOutgoingFlows(run, execution, node);
    }

    private void EnterSubProcess(InstanceRun run, Execution execution, SubProcess subProcess)
    {
        execution.State = ExecutionState.Scope;
        var token = NewExecution(run, execution, ExecutionState.Active);
        MoveTo(run, token, run.Plan.StartEventOf(subProcess), viaFlow: null);
    }

    private Execution NewExecution(InstanceRun run, Execution? parent, ExecutionState state)
    {
        var execution = new Execution { Id = Guid.CreateVersion7(Now), ParentId = parent?.Id, State = state };
        run.Executions.Add(execution);
        return execution;
    }

    private void MoveTo(InstanceRun run, Execution execution, FlowNode target, SequenceFlow? viaFlow)
    {
        execution.State = ExecutionState.Active;
        execution.ActivityId = target.Id;
        execution.JoinFlowId = viaFlow?.Id;
        execution.InTransit = true;
        Schedule(AgendaStep.Arrive, run, execution, target);
    }

    private void Remove(InstanceRun run, Execution execution)
    {
        run.Executions.Remove(execution);
        execution.Removed = true;
    }
}
