namespace Workflows.Runtime.Common;

/// <summary>The command does not fit the current state (HTTP 409).</summary>
public class ConflictException(string message) : Exception(message);
