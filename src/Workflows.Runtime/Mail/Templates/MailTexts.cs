using Workflows.Runtime.Mail.HandOver;

namespace Workflows.Runtime.Mail.Templates;

/// <summary>The wording of every mail in one language.</summary>
internal abstract class MailTexts
{
    public static MailTexts For(string language) =>
        language == MailLanguage.English ? EnglishMailTexts.Instance : ChineseMailTexts.Instance;

    public abstract string Greeting(string name);
    public abstract string Footer { get; }
    public abstract string NoDueDate { get; }
    public abstract string FormatTime(DateTime localTime);
    public abstract string FormatDate(DateOnly date);
    public abstract string OpenTask { get; }
    public abstract string OpenInbox { get; }

    public abstract string TaskCreatedSubject(string taskName, string? about);
    public abstract string AboutLine(string about);

    /// <summary>A task named with what it is about (the project), as the subjects of the task mails put it.</summary>
    public abstract string TaskTitle(string taskName, string? about);
    public abstract string TaskCreatedIntro { get; }
    public abstract string TaskLine(string taskName);
    public abstract string DueLine(string due);

    public abstract string HandOverSubject(TaskHandOver handOver, string taskName);
    public abstract string HandOverIntro(TaskHandOver handOver, string actorName);

    public abstract string DigestSubject(DateOnly date, int overdue, int dueSoon);
    public abstract string DigestIntro(int overdue, int dueSoon);
    public abstract string OverdueHeading { get; }
    public abstract string DueSoonHeading(int days, bool workingDays);
    public abstract string DigestItem(string taskName, string due);

    public abstract string EscalationSubject(string title);
    public abstract string EscalationIntro(string title, string due);

    public abstract string IncidentSubject(string process, string activityId);
    public abstract string IncidentIntro(string process, string? businessKey, string activityId, string at);
    public abstract string IncidentError(string message);
    public abstract string OpenInstance { get; }

    public abstract string OutcomeSubject(string subjectName, string outcome);
    public abstract string OutcomeIntro(string subjectName, string process);
    public abstract string ProcessLine(string process);
    public abstract string OutcomeLine(string outcome);
    public abstract string OpinionLine(string opinion);
    public abstract string OpenSubject { get; }
}
