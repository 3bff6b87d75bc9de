using System.Xml.Linq;
using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>Reads the single event definition of an event, among the kinds that event type supports here.</summary>
internal static class EventDefinitionReader
{
    /// <summary>False when the event is unusable (problem reported); <paramref name="definition"/> is null for a none event.</summary>
    public static bool TryRead(ImportContext context, XElement eventElement, IReadOnlySet<string> allowed, out EventDefinition? definition, out string? kind)
    {
        definition = null;
        kind = null;
        var definitions = eventElement.ModelChildren()
            .Where(child => child.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal) || child.Name.LocalName == "eventDefinitionRef")
            .ToList();
        if (definitions.Count == 0)
            return true;
        if (definitions.Count > 1)
        {
            context.Report(eventElement, $"unsupported '{eventElement.Name.LocalName}' with several event definitions");
            return false;
        }
        var element = definitions[0];
        kind = element.Name.LocalName;
        if (!allowed.Contains(kind))
        {
            context.Report(eventElement, $"unsupported element '{kind}' on '{eventElement.Name.LocalName}'");
            return false;
        }
        definition = kind switch
        {
            "messageEventDefinition" => ReadMessage(context, eventElement, element),
            "timerEventDefinition" => TimerReader.Read(context, eventElement, element),
            "errorEventDefinition" => ReadError(context, eventElement, element),
            _ => null,
        };
        return definition is not null || kind == "terminateEventDefinition";
    }

    private static MessageEventDefinition? ReadMessage(ImportContext context, XElement eventElement, XElement element)
    {
        if (element.Text("messageRef") is { } reference && context.MessageNames.TryGetValue(reference, out var name))
            return new MessageEventDefinition(name);
        context.Report(eventElement, "message event needs a messageRef to a <message> with a name");
        return null;
    }

    /// <summary>No <c>errorRef</c> (or an error without code) catches every error; a reference that names no
    /// <c>&lt;error&gt;</c> is itself the error code, as in Camunda.</summary>
    private static ErrorEventDefinition ReadError(ImportContext context, XElement eventElement, XElement element)
    {
        if (element.Text("errorRef") is not { } reference)
            return new ErrorEventDefinition(null);
        if (context.ErrorCodes.TryGetValue(reference, out var code))
            return new ErrorEventDefinition(code, context.ErrorMessages.GetValueOrDefault(reference));
        context.Warn(eventElement, $"errorRef '{reference}' names no <error>: it is used as the error code");
        return new ErrorEventDefinition(reference);
    }
}
