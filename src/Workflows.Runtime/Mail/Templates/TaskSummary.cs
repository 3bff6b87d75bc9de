namespace Workflows.Runtime.Mail.Templates;

/// <summary>What a mail says about one user task.</summary>
/// <param name="About">What the task's instance works on (the project's name), when a module says so.</param>
/// <param name="NameEn">The task's English name (<c>name.en</c>), where its definition gives one.</param>
public sealed record TaskSummary(Guid TaskId, string Name, DateTimeOffset? DueAt, string? About = null, string? NameEn = null)
{
    /// <summary>The task's name in the reader's language.</summary>
    public string NameIn(string language) => MailLanguage.Pick(language, Name, NameEn);
}
