namespace Workflows.Engine.Model;

public abstract record EventDefinition;

/// <summary>A message, correlated by its name and the instance's business key.</summary>
public sealed record MessageEventDefinition(string MessageName) : EventDefinition;

/// <summary>An error; a null code on a boundary event catches every error.</summary>
public sealed record ErrorEventDefinition(string? ErrorCode) : EventDefinition;

public enum TimerKind { Date, Duration, Cycle }

/// <summary>An ISO 8601 timer. <see cref="Calendar"/> names a business calendar
/// (from a <c>camunda:properties</c> entry); durations then count working days.</summary>
public sealed record TimerEventDefinition(TimerKind Kind, string Expression, string? Calendar) : EventDefinition;
