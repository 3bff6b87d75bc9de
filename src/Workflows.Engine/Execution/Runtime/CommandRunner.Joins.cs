using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>Joining gateways. Arrived tokens wait as <see cref="ExecutionState.Joined"/> executions of their
/// scope, so the join bookkeeping is part of the persisted tree.</summary>
internal sealed partial class CommandRunner
{
    /// <summary>Fires once a token has arrived on every incoming flow; extra arrivals on one flow wait for the next firing.</summary>
    private void ArriveAtParallelJoin(InstanceRun run, Execution execution, ParallelGateway join)
    {
        execution.State = ExecutionState.Joined;
        var consumed = new List<Execution>(join.Incoming.Count);
        foreach (var flow in join.Incoming)
        {
            var arrival = FirstArrival(run, execution.ParentId, join, flow.Id);
            if (arrival is null)
                return;
            consumed.Add(arrival);
        }
        FireJoin(run, join, consumed);
    }

    private static Execution? FirstArrival(InstanceRun run, Guid? scopeId, Gateway join, string flowId)
    {
        foreach (var candidate in run.Executions)
        {
            if (candidate.State == ExecutionState.Joined && candidate.ParentId == scopeId
                && candidate.JoinFlowId == flowId && candidate.ActivityId == join.Id)
                return candidate;
        }
        return null;
    }

    /// <summary>BPMN inclusive join: fires when no other token of the scope can still reach the gateway.</summary>
    private bool TryFireInclusiveJoin(InstanceRun run, Execution scope, InclusiveGateway join)
    {
        var reaching = run.Plan.NodesReaching(join);
        var arrived = new List<Execution>();
        foreach (var sibling in run.Executions)
        {
            if (sibling.ParentId != scope.Id)
                continue;
            if (sibling.ActivityId == join.Id && (sibling.State == ExecutionState.Joined || sibling.InTransit))
            {
                if (sibling.InTransit)
                    return false;
                arrived.Add(sibling);
            }
            else if (reaching.Contains(sibling.ActivityId))
            {
                return false;
            }
        }
        if (arrived.Count == 0)
            return false;
        FireJoin(run, join, arrived);
        return true;
    }

    private void FireJoin(InstanceRun run, Gateway join, List<Execution> arrived)
    {
        var continuing = arrived[0];
        for (var i = 1; i < arrived.Count; i++)
        {
            Emit(new ActivityEnded(run.Instance.Id, Now, arrived[i].Id, join.Id, ActivityTypes.Of(join), Cancelled: false));
            Remove(run, arrived[i]);
        }
        continuing.State = ExecutionState.Active;
        continuing.JoinFlowId = null;
        Schedule(AgendaStep.Leave, run, continuing, join);
    }

    /// <summary>Tokens that ended or moved elsewhere may have released a waiting inclusive join.</summary>
    private bool FireReadyInclusiveJoins()
    {
        var fired = false;
        foreach (var run in runs)
        {
            if (!run.Plan.HasInclusiveJoins || run.Instance.Status != InstanceStatus.Running)
                continue;
            for (var i = 0; i < run.Executions.Count; i++)
            {
                var waiting = run.Executions[i];
                if (waiting.State == ExecutionState.Joined && run.NodeOf(waiting) is InclusiveGateway join
                    && run.ParentOf(waiting) is { } scope && TryFireInclusiveJoin(run, scope, join))
                {
                    fired = true;
                }
            }
        }
        return fired;
    }
}
