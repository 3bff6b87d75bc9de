namespace Workflows.Engine.Model;

/// <summary>An error; a null code on a boundary event catches every error.</summary>
public sealed record ErrorEventDefinition(string? ErrorCode) : EventDefinition;
