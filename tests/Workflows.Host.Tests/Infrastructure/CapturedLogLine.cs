using Microsoft.Extensions.Logging;

namespace Workflows.Host.Tests.Infrastructure;

/// <summary>One log line: its category, level, text and structured properties.</summary>
public sealed record CapturedLogLine(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Properties)
{
    public string? this[string property] => Properties.TryGetValue(property, out var value) ? value?.ToString() : null;
}
