namespace Workflows.Runtime.Common;

/// <summary>The caller may not act on this resource (HTTP 403); the host decides who may, commands report it.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
