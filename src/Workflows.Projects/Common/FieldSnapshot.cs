namespace Workflows.Projects.Common;

/// <summary>
/// A record's fields as a reader sees them (field, Chinese and English label, readable value), taken before and after a
/// department revises what a reviewer returned, to tell the reviewer each change as old → new.
/// </summary>
internal sealed class FieldSnapshot
{
    private readonly List<(string Field, string Label, string EnglishLabel, string Value, string EnglishValue)> fields = [];

    /// <summary>Adds a field; <paramref name="englishValue"/> only where the readable value has words (是/否).</summary>
    public FieldSnapshot Add(string field, string label, string englishLabel, string value, string? englishValue = null)
    {
        fields.Add((field, label, englishLabel, value, englishValue ?? value));
        return this;
    }

    /// <summary>The fields whose value differs in <paramref name="after"/>, a snapshot of the same fields in the same order.</summary>
    public IReadOnlyList<FieldChange> Compare(FieldSnapshot after) =>
        [.. fields.Zip(after.fields).Where(pair => pair.First.Value != pair.Second.Value)
            .Select(pair => new FieldChange(pair.First.Field, pair.First.Label, pair.First.EnglishLabel, pair.First.Value, pair.Second.Value,
                pair.First.EnglishValue, pair.Second.EnglishValue))];
}
