namespace Workflows.Engine.Execution;

/// <summary>
/// The state of the domain does not allow what the command would start or complete (a change request for a terminated
/// project, a second open one): thrown by a service task, it refuses the whole command (the host answers 409) instead
/// of parking the instance on an incident. Nothing of the command is kept.
/// </summary>
public sealed class CommandRefusedException(string message) : EngineCallAbandonedException(message);
