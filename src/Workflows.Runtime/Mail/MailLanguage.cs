namespace Workflows.Runtime.Mail;

/// <summary>The template languages: Simplified Chinese first, English on request.</summary>
public static class MailLanguage
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static bool IsSupported(string? language) => Normalize(language) is not null;

    /// <summary>The user's preference when supported, otherwise the configured default.</summary>
    public static string Choose(string? preference, string fallback) =>
        Normalize(preference) ?? Normalize(fallback) ?? Chinese;

    /// <summary>The English text for an English reader where there is one (a definition's <c>name.en</c>), otherwise the Chinese.</summary>
    public static string Pick(string language, string chinese, string? english) =>
        Normalize(language) == English && !string.IsNullOrWhiteSpace(english) ? english : chinese;

    private static string? Normalize(string? language) => language?.ToLowerInvariant() switch
    {
        "zh" or "zh-cn" or "zh-hans" => Chinese,
        "en" or "en-us" or "en-gb" => English,
        _ => null,
    };
}
