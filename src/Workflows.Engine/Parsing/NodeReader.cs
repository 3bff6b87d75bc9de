using System.Xml.Linq;
using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>Creates the model node for one BPMN flow-node element, or reports why it cannot run.</summary>
internal static class NodeReader
{
    private static readonly HashSet<string> MultiInstanceHosts = ["userTask", "serviceTask", "receiveTask", "subProcess", "callActivity"];

    public static FlowNode? Create(ImportContext context, XElement element, string id, PendingWork pending)
    {
        var name = element.Name.LocalName;
        if (!MultiInstanceReader.TryRead(context, element, out var multiInstance))
            return null;
        if (multiInstance is not null && !MultiInstanceHosts.Contains(name))
        {
            context.Report(element, "multi-instance is only supported on user, service and receive tasks, sub-processes and call activities");
            return null;
        }
        return name switch
        {
            "startEvent" => EventReader.Start(context, element, id),
            "endEvent" => EventReader.End(context, element, id),
            "intermediateCatchEvent" => EventReader.IntermediateCatch(context, element, id),
            "intermediateThrowEvent" => EventReader.IntermediateThrow(context, element, id),
            "task" or "manualTask" => new PassThroughTask { Id = id, Name = element.Text("name"), Line = element.Line() },
            "userTask" => TaskReader.User(context, element, id, multiInstance),
            "serviceTask" => TaskReader.Service(context, element, id, multiInstance),
            "receiveTask" => EventReader.Receive(context, element, id, multiInstance),
            "callActivity" => CallActivityReader.Read(context, element, id, multiInstance),
            "subProcess" => new SubProcess { Id = id, Name = element.Text("name"), Line = element.Line(), MultiInstance = multiInstance },
            "exclusiveGateway" => Gateway(new ExclusiveGateway { Id = id, Name = element.Text("name"), Line = element.Line() }, element, pending),
            "inclusiveGateway" => Gateway(new InclusiveGateway { Id = id, Name = element.Text("name"), Line = element.Line() }, element, pending),
            "parallelGateway" => new ParallelGateway { Id = id, Name = element.Text("name"), Line = element.Line() },
            _ => Unsupported(context, element),
        };
    }

    private static Gateway Gateway(Gateway gateway, XElement element, PendingWork pending)
    {
        if (element.Text("default") is { } flowId)
            pending.Defaults.Add((gateway, element, flowId));
        return gateway;
    }

    private static FlowNode? Unsupported(ImportContext context, XElement element)
    {
        context.Unsupported(element);
        return null;
    }
}
