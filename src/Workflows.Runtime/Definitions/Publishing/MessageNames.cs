using Workflows.Engine.Model;

namespace Workflows.Runtime.Definitions.Publishing;

/// <summary>The message names a process can wait for, stored as <c>|a|b|</c> so a LIKE finds a name.</summary>
public static class MessageNames
{
    public static string Of(ProcessModel process)
    {
        var names = process.NodesById.Values
            .Select(node => node switch
            {
                StartEvent { Definition: MessageEventDefinition m } => m.MessageName,
                IntermediateCatchEvent { Definition: MessageEventDefinition m } => m.MessageName,
                BoundaryEvent { Definition: MessageEventDefinition m } => m.MessageName,
                ReceiveTask { MessageName: { } name } => name,
                _ => null,
            })
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return "|" + string.Concat(names.Select(name => name + "|"));
    }

    public static string Pattern(string messageName) => "|" + messageName + "|";
}
