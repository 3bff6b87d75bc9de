using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Planning;

/// <summary>
/// Backward reachability inside one scope, for the inclusive join rule (BPMN 2.0 §13.4.3): the join
/// fires when no token elsewhere in its scope can still arrive. A token at an activity can also leave
/// through its boundary events; a token inside a sub-process is represented by the sub-process itself.
/// </summary>
internal static class ReachabilityAnalysis
{
    public static HashSet<string> NodesReaching(FlowNode target)
    {
        var reaching = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<FlowNode>();
        pending.Push(target);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            foreach (var flow in node.Incoming)
                Visit(flow.Source);
            if (node is BoundaryEvent boundary)
                Visit(boundary.AttachedTo);
        }
        return reaching;

        void Visit(FlowNode predecessor)
        {
            if (predecessor != target && reaching.Add(predecessor.Id))
                pending.Push(predecessor);
        }
    }
}
