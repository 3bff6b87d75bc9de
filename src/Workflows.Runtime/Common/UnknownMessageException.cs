namespace Workflows.Runtime.Common;

/// <summary>No published definition declares a message of that name: most likely a typo (HTTP 400).</summary>
public sealed class UnknownMessageException(string messageName)
    : InvalidRequestException($"No published process definition waits for a message named '{messageName}'.")
{
    public string MessageName { get; } = messageName;
}
