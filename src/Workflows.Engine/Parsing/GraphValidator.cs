using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>Structural rules over the wired graph: start events per scope, connectivity, gateway conditions.</summary>
internal static class GraphValidator
{
    public static void Validate(ImportContext context, ProcessModel process)
    {
        ValidateScope(context, process, process.Id, process.Line, "process");
        foreach (var node in process.NodesById.Values)
        {
            ValidateConnections(context, node);
            if (node is SubProcess subProcess)
                ValidateScope(context, subProcess, subProcess.Id, subProcess.Line, "sub-process");
        }
        foreach (var flow in process.NodesById.Values.SelectMany(node => node.Outgoing))
            ValidateCondition(context, flow);
    }

    /// <summary>
    /// A scope starts at one none start event at most; only a process may add timer start events, and a
    /// process may then have no none start at all (art. 26: the yearly self-evaluation starts on its timer).
    /// </summary>
    private static void ValidateScope(ImportContext context, IFlowScope scope, string id, int line, string kind)
    {
        var starts = scope.Children.OfType<StartEvent>().ToList();
        var noneStarts = starts.Count(start => start.Definition is null);
        var timerStarts = starts.Count - noneStarts;
        if (noneStarts > 1)
            context.Problems.Add(new ValidationProblem(line, id, $"{kind} has {noneStarts} none start events; exactly one is supported"));
        else if (noneStarts == 0 && scope is SubProcess)
            context.Problems.Add(new ValidationProblem(line, id, $"{kind} has no none start event"));
        else if (noneStarts == 0 && timerStarts == 0)
            context.Problems.Add(new ValidationProblem(line, id, $"{kind} has no none start event or timer start event"));
        if (scope is SubProcess)
        {
            foreach (var start in starts.Where(start => start.Definition is not null))
                context.Report(start, "a sub-process start event must be a none start event");
        }
    }

    private static void ValidateConnections(ImportContext context, FlowNode node)
    {
        var startsTokens = node is StartEvent or BoundaryEvent;
        if (startsTokens && node.Incoming.Count > 0)
            context.Report(node, "a start or boundary event cannot have incoming sequence flows");
        else if (!startsTokens && node.Incoming.Count == 0 && !context.HasSkippedIncoming.Contains(node))
            context.Report(node, "no incoming sequence flow");
        if (node is EndEvent && node.Outgoing.Count > 0)
            context.Report(node, "an end event cannot have outgoing sequence flows");
        else if (node is not EndEvent && node.Outgoing.Count == 0 && !context.HasSkippedOutgoing.Contains(node))
            context.Warn(node, "no outgoing sequence flow: the path ends here (implicit end, BPMN 2.0 §13.2)");
    }

    private static void ValidateCondition(ImportContext context, SequenceFlow flow)
    {
        var (choosing, defaultFlow) = flow.Source switch
        {
            ExclusiveGateway exclusive => (true, exclusive.Default),
            InclusiveGateway inclusive => (true, inclusive.Default),
            _ => (false, null),
        };
        if (!choosing && flow.Condition is not null)
            context.Report(flow, $"flow '{flow.Id}': conditions are only supported on flows leaving an exclusive or inclusive gateway");
        var hasAlternatives = flow.Source.Outgoing.Count > 1 || context.HasSkippedOutgoing.Contains(flow.Source);
        if (choosing && hasAlternatives && flow.Condition is null && flow != defaultFlow)
            context.Report(flow, $"flow '{flow.Id}' leaves gateway '{flow.Source.Id}' without a condition and is not its default");
    }
}
