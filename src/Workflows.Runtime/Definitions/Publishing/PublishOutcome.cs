namespace Workflows.Runtime.Definitions.Publishing;

/// <summary>The version that is now the latest; <see cref="Published"/> is false when the XML was already published.</summary>
public sealed record PublishOutcome(string Key, int Version, bool Published);
