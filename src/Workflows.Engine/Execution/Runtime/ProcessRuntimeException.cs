namespace Workflows.Engine.Execution.Runtime;

/// <summary>Bad data met while running (a collection that is not an array, an unparsable due date):
/// parks the execution on an incident instead of failing the command.</summary>
internal sealed class ProcessRuntimeException(string message) : Exception(message);
