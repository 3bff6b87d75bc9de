namespace Workflows.Host.Requests;

/// <summary>
/// Text no field may hold: NUL (PostgreSQL cannot store it in text or jsonb, other tools truncate at it) and
/// unpaired UTF-16 surrogates (not Unicode: no database, JSON writer or mail can carry them). Refused on every
/// provider, so a request means the same everywhere.
/// </summary>
public static class TextRules
{
    public const string NulProblem = "不能包含 NUL 字符 (must not contain a NUL character)";
    public const string SurrogateProblem = "包含无效的 Unicode 字符 (contains an unpaired surrogate, which is not Unicode text)";

    /// <summary>The problem with <paramref name="text"/>, or null when it is fine.</summary>
    public static string? Check(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            var current = text[index];
            if (current == '\0')
                return NulProblem;
            if (char.IsHighSurrogate(current) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
                index++;
            else if (char.IsSurrogate(current))
                return SurrogateProblem;
        }
        return null;
    }
}
