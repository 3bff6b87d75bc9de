using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>The outcome of an import: the document when valid, otherwise the problems (sorted by line);
/// warnings name what the document says that the engine reads but does not run (the model still runs).</summary>
public sealed class ImportResult
{
    public ImportResult(BpmnDocument? document, IReadOnlyList<ValidationProblem> problems, IReadOnlyList<ValidationProblem>? warnings = null)
    {
        Problems = problems;
        Warnings = warnings ?? [];
        Document = problems.Count == 0 ? document : null;
    }

    /// <summary>Null when there are problems: an invalid document is never handed out to run.</summary>
    public BpmnDocument? Document { get; }

    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>Per element: a construct that is ignored (a listener, an input/output mapping, …) or read in a
    /// way the author may not expect (an implicit end). They never make the document invalid.</summary>
    public IReadOnlyList<ValidationProblem> Warnings { get; }

    public bool IsValid => Problems.Count == 0;
}
