namespace Workflows.Engine.Model;

/// <summary>
/// An error; a null code on a boundary event catches every error. <paramref name="ErrorMessage"/> is the <c>camunda:errorMessage</c>
/// of the referenced <c>&lt;error&gt;</c>, kept in the history when an error end event throws it.
/// </summary>
public sealed record ErrorEventDefinition(string? ErrorCode, string? ErrorMessage = null) : EventDefinition;
