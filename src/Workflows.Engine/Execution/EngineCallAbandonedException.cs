namespace Workflows.Engine.Execution;

/// <summary>
/// Thrown by a port (a service-task dispatcher, a definition resolver) that cannot serve the engine call in the
/// caller's current attempt: the store may first compute a command without its transaction and needs that
/// transaction to run a handler. Unlike a handler's failure, it is not recorded as an incident: the whole call is
/// abandoned, and the caller discards the instances it touched.
/// </summary>
public class EngineCallAbandonedException(string message) : Exception(message);
