namespace Workflows.Engine.Model;

public enum TimerKind { Date, Duration, Cycle }
