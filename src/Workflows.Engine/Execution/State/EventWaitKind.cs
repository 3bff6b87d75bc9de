namespace Workflows.Engine.Execution;

public enum EventWaitKind { Message, Timer }
