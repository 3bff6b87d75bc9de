using System.Xml.Linq;
using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>The state of one import: options, problems, the document's messages and errors, and ids already seen.</summary>
internal sealed class ImportContext(ImportOptions options)
{
    public ImportOptions Options { get; } = options;
    public List<ValidationProblem> Problems { get; } = [];
    public List<ValidationProblem> Warnings { get; } = [];

    /// <summary><c>message</c> element id → message name.</summary>
    public Dictionary<string, string> MessageNames { get; } = new(StringComparer.Ordinal);

    /// <summary><c>error</c> element id → its <c>errorCode</c> (null when it has none).</summary>
    public Dictionary<string, string?> ErrorCodes { get; } = new(StringComparer.Ordinal);

    /// <summary><c>error</c> element id → its <c>camunda:errorMessage</c> (absent when it has none).</summary>
    public Dictionary<string, string> ErrorMessages { get; } = new(StringComparer.Ordinal);

    /// <summary>Every id of the document, and the ids generated for sequence flows that have none.</summary>
    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids of elements left out of the model (unsupported or broken); flows to them are not reported again.</summary>
    public HashSet<string> SkippedIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Nodes that have a flow to or from a skipped element, so their connectivity is not reported again.</summary>
    public HashSet<FlowNode> HasSkippedIncoming { get; } = [];
    public HashSet<FlowNode> HasSkippedOutgoing { get; } = [];

    public void Report(XElement element, string message) =>
        Problems.Add(new ValidationProblem(element.Line(), element.Id(), message));

    public void Report(FlowElement element, string message) =>
        Problems.Add(new ValidationProblem(element.Line, element.Id, message));

    public void Warn(XElement element, string message) =>
        Warnings.Add(new ValidationProblem(element.Line(), element.Id(), message));

    public void Warn(FlowElement element, string message) =>
        Warnings.Add(new ValidationProblem(element.Line, element.Id, message));

    public void Unsupported(XElement element) => Report(element, $"unsupported element '{element.Name.LocalName}'");
}
