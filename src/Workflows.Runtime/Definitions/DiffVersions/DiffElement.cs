namespace Workflows.Runtime.Definitions.DiffVersions;

/// <summary>An element (by id) added, removed or changed between two versions, with its BPMN type and name.</summary>
public sealed record DiffElement(string Id, string Type, string? Name, IReadOnlyList<PropertyChange> Changes);
