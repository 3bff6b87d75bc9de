namespace Workflows.Runtime.Definitions.Publishing;

/// <summary>The version that is now the latest; <see cref="Published"/> is false when the XML was already published.
/// <see cref="Warnings"/> names what the engine reads past in the model (<c>LINE: ELEMENT_ID: message</c>).</summary>
public sealed record PublishOutcome(string Key, int Version, bool Published)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Outcomes are equal when their warnings are the same texts in the same order.</summary>
    public bool Equals(PublishOutcome? other) =>
        other is not null && Key == other.Key && Version == other.Version && Published == other.Published && Warnings.SequenceEqual(other.Warnings);

    public override int GetHashCode() => HashCode.Combine(Key, Version, Published, Warnings.Count);
}
