namespace Workflows.Engine.Execution;

/// <summary>Variables beyond <see cref="EngineLimits"/>: the request is refused (HTTP 400), nothing is stored.</summary>
public sealed class VariableLimitException(string message) : Exception(message);
