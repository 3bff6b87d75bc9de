using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>The outcome of an import: the document when valid, otherwise the problems (sorted by line).</summary>
public sealed class ImportResult
{
    public ImportResult(BpmnDocument? document, IReadOnlyList<ValidationProblem> problems)
    {
        Problems = problems;
        Document = problems.Count == 0 ? document : null;
    }

    /// <summary>Null when there are problems: an invalid document is never handed out to run.</summary>
    public BpmnDocument? Document { get; }

    public IReadOnlyList<ValidationProblem> Problems { get; }

    public bool IsValid => Problems.Count == 0;
}
