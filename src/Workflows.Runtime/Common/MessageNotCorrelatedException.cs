namespace Workflows.Runtime.Common;

/// <summary>The message is known but no instance waits for it on that business key (HTTP 409).</summary>
public sealed class MessageNotCorrelatedException(string messageName, string? businessKey)
    : ConflictException($"No process instance is waiting for message '{messageName}' with business key '{businessKey ?? "(none)"}'.")
{
    public string MessageName { get; } = messageName;
    public string? BusinessKey { get; } = businessKey;
}
