namespace Workflows.Runtime.Mail.Templates;

/// <summary>A failure that parked a step of an instance until an administrator retries it.</summary>
/// <param name="Process">The definition key and version, e.g. <c>new-project v3</c>.</param>
public sealed record IncidentNotice(Guid IncidentId, Guid InstanceId, string Process, string? BusinessKey, string ActivityId, string Message, DateTimeOffset At);
