using System.Xml.Linq;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>Creates sequence flows between the nodes already read, with their compiled conditions.</summary>
internal static class FlowReader
{
    public static void Read(ImportContext context, ProcessModel process, PendingWork pending)
    {
        foreach (var (scope, element) in pending.Flows)
        {
            if (Create(context, element, scope, process) is not { } flow)
                continue;
            scope.Flows.Add(flow);
            flow.Source.Outgoing.Add(flow);
            flow.Target.Incoming.Add(flow);
        }
    }

    private static SequenceFlow? Create(ImportContext context, XElement element, IFlowScope scope, ProcessModel process)
    {
        var id = element.Id() ?? GeneratedId(context, element);
        var source = Resolve(context, element, "sourceRef", process);
        var target = Resolve(context, element, "targetRef", process);
        var crossesScope = source is not null && target is not null && (source.Scope != scope || target.Scope != scope);
        if (crossesScope)
            context.Report(element, "sequence flow crosses a sub-process boundary");
        if (TryReadCondition(context, element, id, out var condition) && source is not null && target is not null && !crossesScope)
            return new SequenceFlow { Id = id, Name = element.Text("name"), Line = element.Line(), Source = source, Target = target, Condition = condition };
        // A rejected flow still counts as a connection for its ends, so they are not reported again.
        context.SkippedIds.Add(id);
        if (source is not null)
            context.HasSkippedOutgoing.Add(source);
        if (target is not null)
            context.HasSkippedIncoming.Add(target);
        return null;
    }

    /// <summary>BPMN requires an id but Camunda accepts a flow without one: the id is built from its ends, so it is
    /// the same at every import of the same file, with a counter when it would clash with another id.</summary>
    private static string GeneratedId(ImportContext context, XElement element)
    {
        var stem = $"flow_{element.Text("sourceRef") ?? "unknown"}_{element.Text("targetRef") ?? "unknown"}";
        var id = stem;
        for (var counter = 2; !context.Ids.Add(id); counter++)
            id = $"{stem}_{counter}";
        return id;
    }

    private static FlowNode? Resolve(ImportContext context, XElement element, string attribute, ProcessModel process)
    {
        var reference = element.Text(attribute);
        if (reference is not null && process.NodesById.TryGetValue(reference, out var node))
            return node;
        if (reference is null)
            context.Report(element, $"sequence flow has no {attribute}");
        else if (!context.SkippedIds.Contains(reference))
            context.Report(element, $"sequence flow {attribute} '{reference}' is not a node of this process");
        return null;
    }

    /// <summary>False when the condition is unusable; an empty <c>conditionExpression</c> means no condition.</summary>
    private static bool TryReadCondition(ImportContext context, XElement element, string id, out CompiledExpression? condition)
    {
        condition = null;
        var expression = element.ModelChild("conditionExpression");
        var text = expression?.Value.Trim();
        if (expression is null || string.IsNullOrEmpty(text))
            return true;
        if (expression.Text("language") is { } language && !language.Equals("juel", StringComparison.OrdinalIgnoreCase))
        {
            context.Report(element, $"flow '{id}': unsupported expression language '{language}'");
            return false;
        }
        try
        {
            condition = ExpressionCompiler.CompileDelimited(text);
            return true;
        }
        catch (ExpressionSyntaxException exception)
        {
            context.Report(element, $"flow '{id}': bad condition: {exception.Message}");
            return false;
        }
    }
}
