using System.Xml.Linq;
using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>Reads the <c>definitions</c> root: ids, messages and errors, then each process
/// (a collaboration's participants point at processes that are root elements too).</summary>
internal static class DefinitionsReader
{
    public static BpmnDocument? Read(ImportContext context, XDocument xml)
    {
        var root = xml.Root!;
        if (root.Name != BpmnNames.Model + "definitions")
        {
            context.Problems.Add(new ValidationProblem(root.Line(), null,
                $"the root element is '{root.Name.LocalName}' in '{root.Name.NamespaceName}', not BPMN 2.0 'definitions'"));
            return null;
        }
        ReportDuplicateIds(context, root);
        ReadMessagesAndErrors(context, root);
        var document = new BpmnDocument { TargetNamespace = root.Text("targetNamespace") };
        foreach (var element in root.Elements(BpmnNames.Model + "process"))
        {
            if (ProcessReader.Read(context, element) is { } process)
                document.Processes.Add(process);
        }
        IgnoredExtensions.Warn(context, root);
        if (!root.Elements(BpmnNames.Model + "process").Any())
            context.Problems.Add(new ValidationProblem(root.Line(), root.Id(), "the document has no process"));
        else if (context.Options.RequireExecutableProcess && !document.Processes.Any(process => process.IsExecutable))
            context.Problems.Add(new ValidationProblem(root.Line(), root.Id(), "the document has no executable process (isExecutable=\"true\")"));
        return document;
    }

    private static void ReportDuplicateIds(ImportContext context, XElement root)
    {
        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in root.DescendantsAndSelf().Where(element => element.Name.Namespace == BpmnNames.Model))
        {
            if (element.Id() is not { } id)
                continue;
            context.Ids.Add(id);
            if (!firstLines.TryAdd(id, element.Line()))
                context.Report(element, $"duplicate id '{id}' (first used on line {firstLines[id]})");
        }
    }

    private static void ReadMessagesAndErrors(ImportContext context, XElement root)
    {
        foreach (var message in root.Elements(BpmnNames.Model + "message"))
        {
            if (message.Id() is { } id && message.Text("name") is { } name)
                context.MessageNames.TryAdd(id, name);
        }
        foreach (var error in root.Elements(BpmnNames.Model + "error"))
        {
            if (error.Id() is not { } id)
                continue;
            context.ErrorCodes.TryAdd(id, error.Text("errorCode"));
            if (error.Camunda("errorMessage") is { Length: > 0 } message)
                context.ErrorMessages.TryAdd(id, message);
        }
    }
}
