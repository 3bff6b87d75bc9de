namespace Workflows.Runtime.Messages.ListMessageRecipients;

/// <summary>An instance waiting for a message, and the department it belongs to (its <c>departmentCode</c>).</summary>
public sealed record MessageRecipient(Guid InstanceId, string? DepartmentCode);
