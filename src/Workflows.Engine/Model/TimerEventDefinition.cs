namespace Workflows.Engine.Model;

/// <summary>An ISO 8601 timer; <see cref="Expression"/> is the value (<c>P5D</c>, <c>R3/PT1H</c>, a date-time)
/// or a <c>${…}</c> expression that yields one. <see cref="Calendar"/> names a business calendar
/// (from a <c>camunda:properties</c> entry); durations then count working days.</summary>
public sealed record TimerEventDefinition(TimerKind Kind, string Expression, string? Calendar) : EventDefinition;
