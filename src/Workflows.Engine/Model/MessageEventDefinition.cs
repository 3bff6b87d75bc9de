namespace Workflows.Engine.Model;

/// <summary>A message, correlated by its name and the instance's business key.</summary>
public sealed record MessageEventDefinition(string MessageName) : EventDefinition;
