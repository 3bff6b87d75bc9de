namespace Workflows.Engine.Execution;

/// <summary>What an open wait is triggered by; <see cref="Signal"/> is a receive task without a message, triggered
/// only by hand and kept in the instance's state (no subscription or job row).</summary>
public enum EventWaitKind { Message, Timer, Signal }
