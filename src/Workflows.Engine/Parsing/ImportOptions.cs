namespace Workflows.Engine.Parsing;

public sealed class ImportOptions
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    /// <summary>Larger documents are refused before parsing (a denial-of-service guard).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>When true (the default, as for deployment) a document must hold at least one
    /// <c>isExecutable="true"</c> process. Interchange files (the MIWG models) are checked with it off.</summary>
    public bool RequireExecutableProcess { get; init; } = true;

    /// <summary>Optional: tells whether a service-task handler name is registered; unknown names become problems.</summary>
    public Func<string, bool>? IsKnownHandler { get; init; }
}
