using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>Leaving a node: choosing the outgoing flows and moving (or forking) the token along them.</summary>
internal sealed partial class CommandRunner
{
    /// <summary>Set by a start that asked for Camunda's behaviour: no matching flow fails the whole command.</summary>
    public bool FailWhenNoFlowMatches { get; init; }

    private void TakeOutgoingFlows(InstanceRun run, Execution execution, FlowNode node)
    {
        var flows = SelectOutgoingFlows(run, execution, node);
        CloseWaits(run, execution);
        Emit(new ActivityEnded(run.Instance.Id, Now, execution.Id, node.Id, run.ActivityTypeOf(execution, node), Cancelled: false));
        execution.Variables = null;
        execution.LoopItems = null;
        if (flows.Count == 0)
        {
            EndToken(run, execution);
            return;
        }
        MoveTo(run, execution, flows[0].Target, flows[0]);
        for (var i = 1; i < flows.Count; i++)
        {
            var branch = NewExecution(run, run.ParentOf(execution), ExecutionState.Active);
            MoveTo(run, branch, flows[i].Target, flows[i]);
        }
    }

    /// <summary>Evaluated before anything changes, so a failing condition leaves the token where it was.</summary>
    private List<SequenceFlow> SelectOutgoingFlows(InstanceRun run, Execution execution, FlowNode node)
    {
        // No outgoing flow is an implicit end; one unconditional flow is simply taken.
        if (node.Outgoing.Count == 0 || (node.Outgoing.Count == 1 && node.Outgoing[0].Condition is null))
            return node.Outgoing;
        return node switch
        {
            ExclusiveGateway exclusive => [FirstMatchingFlow(run, execution, exclusive)],
            InclusiveGateway inclusive => MatchingFlowsOrDefault(run, execution, inclusive, inclusive.Default),
            ParallelGateway => node.Outgoing,
            _ => MatchingFlowsOrDefault(run, execution, node, defaultFlow: null),
        };
    }

    private SequenceFlow FirstMatchingFlow(InstanceRun run, Execution execution, ExclusiveGateway gateway)
    {
        var variables = VariablesOf(run, execution);
        foreach (var flow in gateway.Outgoing)
        {
            if (flow != gateway.Default && (flow.Condition is null || flow.Condition.EvaluateCondition(variables)))
                return flow;
        }
        return gateway.Default ?? throw NoFlowMatches(gateway, $"No outgoing flow of gateway '{gateway.Id}' matches and it has no default flow.");
    }

    /// <summary>Every flow whose condition holds (an activity's implicit parallel split, an inclusive fork).</summary>
    private List<SequenceFlow> MatchingFlowsOrDefault(InstanceRun run, Execution execution, FlowNode node, SequenceFlow? defaultFlow)
    {
        var variables = VariablesOf(run, execution);
        var taken = new List<SequenceFlow>(node.Outgoing.Count);
        foreach (var flow in node.Outgoing)
        {
            if (flow != defaultFlow && (flow.Condition is null || flow.Condition.EvaluateCondition(variables)))
                taken.Add(flow);
        }
        if (taken.Count > 0 || node.Outgoing.Count == 0)
            return taken;
        if (defaultFlow is null)
            throw NoFlowMatches(node, $"No outgoing flow of '{node.Id}' matches and it has no default flow.");
        taken.Add(defaultFlow);
        return taken;
    }

    /// <summary>An incident at the node by default; the whole command fails when the start asked for it.</summary>
    private Exception NoFlowMatches(FlowNode node, string message) =>
        FailWhenNoFlowMatches ? new NoMatchingFlowException(node.Id, message) : new ProcessRuntimeException(message);
}
