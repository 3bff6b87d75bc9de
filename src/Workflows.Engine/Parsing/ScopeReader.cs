using System.Xml.Linq;
using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>Reads the nodes of a process or embedded sub-process, recursing into sub-processes.
/// Sequence flows and boundary events wait in <see cref="PendingWork"/> until every node exists.</summary>
internal static class ScopeReader
{
    public static void Read(ImportContext context, XElement scopeElement, IFlowScope scope, ProcessModel process, PendingWork pending)
    {
        foreach (var element in scopeElement.ModelChildren())
        {
            var name = element.Name.LocalName;
            if (ElementSets.IgnoredInScope.Contains(name))
                continue;
            if (name == "sequenceFlow")
                pending.Flows.Add((scope, element));
            else if (name == "boundaryEvent")
                pending.Boundaries.Add((scope, element));
            else
                ReadNode(context, element, scope, process, pending);
        }
    }

    private static void ReadNode(ImportContext context, XElement element, IFlowScope scope, ProcessModel process, PendingWork pending)
    {
        if (element.Id() is not { } id)
        {
            context.Report(element, $"'{element.Name.LocalName}' has no id");
            return;
        }
        if (element.Name.LocalName == "subProcess" && element.Flag("triggeredByEvent", false))
        {
            context.Report(element, "unsupported element 'subProcess' with triggeredByEvent=\"true\" (event sub-process)");
            context.SkippedIds.Add(id);
            return;
        }
        var node = NodeReader.Create(context, element, id, pending);
        if (node is null)
        {
            context.SkippedIds.Add(id);
            return;
        }
        Add(node, element, scope, process);
        if (node is SubProcess subProcess)
            Read(context, element, subProcess, process, pending);
    }

    public static void Add(FlowNode node, XElement element, IFlowScope scope, ProcessModel process)
    {
        node.Scope = scope;
        foreach (var (key, value) in PropertiesReader.Read(element))
            node.Properties[key] = value;
        scope.Children.Add(node);
        process.NodesById.TryAdd(node.Id, node);
    }
}
