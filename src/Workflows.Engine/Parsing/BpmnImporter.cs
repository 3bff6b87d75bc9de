using System.Xml.Linq;
using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>
/// Imports BPMN 2.0 XML with Camunda 7 extensions into the executable model and validates it against
/// the supported subset. Bad input never throws: every failure is a <see cref="ValidationProblem"/>.
/// </summary>
public static class BpmnImporter
{
    public static ImportResult Import(Stream xml, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var context = new ImportContext(options ?? new ImportOptions());
        var document = SecureXmlLoader.Load(xml, context.Options, context.Problems);
        return Finish(context, document);
    }

    public static ImportResult Import(string xml, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var context = new ImportContext(options ?? new ImportOptions());
        var document = SecureXmlLoader.Load(xml, context.Options, context.Problems);
        return Finish(context, document);
    }

    /// <summary>The executable process of a valid document (the one named <paramref name="processId"/> when
    /// several are executable); throws <see cref="BpmnValidationException"/> listing the problems otherwise.</summary>
    public static ProcessModel ImportSingleExecutable(string xml, string? processId = null, ImportOptions? options = null)
    {
        var result = Import(xml, options);
        if (!result.IsValid)
            throw new BpmnValidationException(result.Problems);
        var candidates = result.Document!.Processes
            .Where(process => process.IsExecutable && (processId is null || process.Id == processId))
            .ToList();
        if (candidates.Count == 1)
            return candidates[0];
        var reason = candidates.Count == 0
            ? $"no executable process{(processId is null ? "" : $" '{processId}'")}"
            : "several executable processes: name the one to use";
        throw new BpmnValidationException([new ValidationProblem(0, processId, reason)]);
    }

    private static ImportResult Finish(ImportContext context, XDocument? xml)
    {
        var document = xml is null ? null : DefinitionsReader.Read(context, xml);
        var problems = context.Problems.OrderBy(problem => problem.Line).ToList();
        var warnings = context.Warnings.OrderBy(warning => warning.Line).ToList();
        return new ImportResult(document, problems, warnings);
    }
}
