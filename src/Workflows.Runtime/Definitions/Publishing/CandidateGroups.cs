namespace Workflows.Runtime.Definitions.Publishing;

/// <summary>
/// The groups a user task may name as candidates. The platform knows none and accepts any group; a domain module
/// registers its own (the measures: the parties), and then a model naming another group is refused.
/// </summary>
public sealed class CandidateGroups(IReadOnlyList<string>? known)
{
    public static CandidateGroups Any { get; } = new(null);

    /// <summary>The groups, in the order the domain lists them; empty when any group is accepted.</summary>
    public IReadOnlyList<string> Known { get; } = known ?? [];

    public bool Accepts(string group) => known is null || known.Contains(group, StringComparer.Ordinal);
}
