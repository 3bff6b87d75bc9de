using System.Xml.Linq;
using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>Start, end and intermediate catch events (boundary events: <see cref="BoundaryReader"/>).</summary>
internal static class EventReader
{
    private static readonly HashSet<string> StartDefinitions = ["timerEventDefinition"];
    private static readonly HashSet<string> EndDefinitions = ["terminateEventDefinition", "errorEventDefinition"];
    private static readonly HashSet<string> CatchDefinitions = ["messageEventDefinition", "timerEventDefinition"];
    private static readonly HashSet<string> NoDefinitions = [];

    public static StartEvent? Start(ImportContext context, XElement element, string id)
    {
        if (!EventDefinitionReader.TryRead(context, element, StartDefinitions, out var definition, out _))
            return null;
        return new StartEvent { Id = id, Name = element.Text("name"), Line = element.Line(), Definition = definition };
    }

    public static EndEvent? End(ImportContext context, XElement element, string id)
    {
        if (!EventDefinitionReader.TryRead(context, element, EndDefinitions, out var definition, out var kind))
            return null;
        var error = definition as ErrorEventDefinition;
        var errorCode = error?.ErrorCode;
        if (kind == "errorEventDefinition" && errorCode is null)
        {
            context.Report(element, "error end event needs an errorRef to an <error> with an errorCode");
            return null;
        }
        var endKind = kind switch
        {
            "terminateEventDefinition" => EndEventKind.Terminate,
            "errorEventDefinition" => EndEventKind.Error,
            _ => EndEventKind.None,
        };
        return new EndEvent { Id = id, Name = element.Text("name"), Line = element.Line(), Kind = endKind, ErrorCode = errorCode, ErrorMessage = error?.ErrorMessage };
    }

    public static IntermediateCatchEvent? IntermediateCatch(ImportContext context, XElement element, string id)
    {
        if (!EventDefinitionReader.TryRead(context, element, CatchDefinitions, out var definition, out _))
            return null;
        if (definition is null)
        {
            context.Report(element, "intermediate catch event needs a message or timer definition");
            return null;
        }
        return new IntermediateCatchEvent { Id = id, Name = element.Text("name"), Line = element.Line(), Definition = definition };
    }

    /// <summary>A receive task waits for the message its <c>messageRef</c> names, or only for a signal without one.</summary>
    public static ReceiveTask? Receive(ImportContext context, XElement element, string id, MultiInstance? multiInstance)
    {
        string? messageName = null;
        if (element.Text("messageRef") is { } reference && !context.MessageNames.TryGetValue(reference, out messageName))
        {
            context.Report(element, $"receive task: messageRef '{reference}' names no <message> with a name");
            return null;
        }
        return new ReceiveTask { Id = id, Name = element.Text("name"), Line = element.Line(), MultiInstance = multiInstance, MessageName = messageName };
    }

    /// <summary>Only the none throw event (a milestone); signal, message, escalation and compensation throws are refused.</summary>
    public static NoneThrowEvent? IntermediateThrow(ImportContext context, XElement element, string id)
    {
        if (!EventDefinitionReader.TryRead(context, element, NoDefinitions, out _, out _))
            return null;
        return new NoneThrowEvent { Id = id, Name = element.Text("name"), Line = element.Line() };
    }
}
