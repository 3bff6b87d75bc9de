namespace Workflows.Runtime.Definitions.DiffVersions;

/// <summary>One attribute or nested value of an element, e.g. <c>camunda:candidateGroups</c> or
/// <c>conditionExpression</c>; null on the side where it is absent.</summary>
public sealed record PropertyChange(string Name, string? From, string? To);
