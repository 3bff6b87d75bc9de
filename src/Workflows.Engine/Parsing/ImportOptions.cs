namespace Workflows.Engine.Parsing;

public sealed class ImportOptions
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    /// <summary>Larger documents are refused before parsing (a denial-of-service guard).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Documents whose elements nest deeper are refused by a streaming pass before the tree is built
    /// (building a very deep tree is quadratic, and the readers recurse over it). BPMN nests a few levels per
    /// sub-process, so this leaves room for any hand-drawn model.</summary>
    public int MaxElementDepth { get; init; } = 100;

    /// <summary>When true (the default, as for deployment) a document must hold at least one
    /// <c>isExecutable="true"</c> process. Interchange files (the MIWG models) are checked with it off.</summary>
    public bool RequireExecutableProcess { get; init; } = true;

    /// <summary>Optional: tells whether a service-task handler name is registered; unknown names become problems.</summary>
    public Func<string, bool>? IsKnownHandler { get; init; }
}
