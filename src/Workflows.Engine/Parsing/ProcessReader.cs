using System.Xml.Linq;
using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>Reads one <c>process</c>: nodes, then boundary events, then flows and defaults, then graph rules.</summary>
internal static class ProcessReader
{
    public static ProcessModel? Read(ImportContext context, XElement element)
    {
        if (element.Id() is not { } id)
        {
            context.Report(element, "process has no id");
            return null;
        }
        var process = new ProcessModel
        {
            Id = id,
            Name = element.Text("name"),
            IsExecutable = element.Flag("isExecutable", false),
            Line = element.Line(),
        };
        foreach (var (key, value) in PropertiesReader.Read(element))
            process.Properties[key] = value;
        var pending = new PendingWork();
        ScopeReader.Read(context, element, process, process, pending);
        BoundaryReader.Read(context, process, pending);
        FlowReader.Read(context, process, pending);
        GatewayDefaults.Resolve(context, process, pending);
        GraphValidator.Validate(context, process);
        return process;
    }
}
