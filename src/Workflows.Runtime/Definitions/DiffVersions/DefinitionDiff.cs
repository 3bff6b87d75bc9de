namespace Workflows.Runtime.Definitions.DiffVersions;

/// <summary>What changed from one version of a definition to another, element by element (diagram layout left out);
/// a side whose version is null is the key's saved draft.</summary>
public sealed record DefinitionDiff(
    string Key, int? From, int? To, IReadOnlyList<DiffElement> Added, IReadOnlyList<DiffElement> Removed, IReadOnlyList<DiffElement> Changed);
