using System.Diagnostics;
using System.Globalization;
using Workflows.Runtime.Mail.HandOver;

namespace Workflows.Runtime.Mail.Templates;

internal sealed class EnglishMailTexts : MailTexts
{
    public static readonly EnglishMailTexts Instance = new();

    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public override string Greeting(string name) => $"Dear {name},";
    public override string Footer => "This mail was sent automatically by the project approval platform; please do not reply.";
    public override string NoDueDate => "none";
    public override string FormatTime(DateTime localTime) => localTime.ToString("d MMM yyyy HH:mm", Culture);
    public override string FormatDate(DateOnly date) => date.ToString("d MMM yyyy", Culture);
    public override string OpenTask => "Open the task";
    public override string OpenInbox => "Open my task list";

    public override string TaskCreatedSubject(string taskName, string? about) => $"[Task] {TaskTitle(taskName, about)}";
    public override string TaskTitle(string taskName, string? about) => about is null ? taskName : $"{about}: {taskName}";
    public override string AboutLine(string about) => $"About: {about}";
    public override string TaskCreatedIntro => "A new task is waiting for you.";
    public override string TaskLine(string taskName) => $"Task: {taskName}";
    public override string DueLine(string due) => $"Due: {due}";

    public override string HandOverSubject(TaskHandOver handOver, string taskName) => handOver switch
    {
        TaskHandOver.Assigned => $"[Assigned] {taskName}",
        TaskHandOver.Delegated => $"[Delegated] {taskName}",
        TaskHandOver.Resolved => $"[Delegation resolved] {taskName}",
        _ => throw new UnreachableException(),
    };

    public override string HandOverIntro(TaskHandOver handOver, string actorName) => handOver switch
    {
        TaskHandOver.Assigned => $"{actorName} assigned a task to you.",
        TaskHandOver.Delegated => $"{actorName} delegated a task to you: work on it, then resolve it to give it back.",
        TaskHandOver.Resolved => $"{actorName} resolved the task you delegated: it is back with you.",
        _ => throw new UnreachableException(),
    };

    public override string DigestSubject(DateOnly date, int overdue, int dueSoon) =>
        $"[Daily tasks] {FormatDate(date)}: {overdue} overdue, {dueSoon} due soon";
    public override string DigestIntro(int overdue, int dueSoon) =>
        $"As of today you have {overdue} overdue task(s) and {dueSoon} task(s) due soon.";
    public override string OverdueHeading => "Overdue";
    public override string DueSoonHeading(int days, bool workingDays) =>
        workingDays ? $"Due within {days} working days" : $"Due within {days} days";
    public override string DigestItem(string taskName, string due) => $"{taskName} (due {due})";

    public override string EscalationSubject(string title) => $"[Overdue] {title}";
    public override string EscalationIntro(string title, string due) =>
        $"{title} was due on {due} and is still not done. Please act now.";

    public override string IncidentSubject(string process, string activityId) => $"[Incident] {process}: {activityId}";
    public override string IncidentIntro(string process, string? businessKey, string activityId, string at) =>
        $"Process {process}{(businessKey is null ? "" : $" (business key {businessKey})")} failed at step {activityId} on {at}. The step waits until an administrator retries it.";
    public override string IncidentError(string message) => $"Error: {message}";
    public override string OpenInstance => "Open the process instance";

    public override string OutcomeSubject(string subjectName, string outcome) => $"[Outcome] {subjectName}: {outcome}";
    public override string OutcomeIntro(string subjectName, string process) => $"The process {process} for {subjectName} has ended.";
    public override string ProcessLine(string process) => $"Process: {process}";
    public override string OutcomeLine(string outcome) => $"Outcome: {outcome}";
    public override string OpinionLine(string opinion) => $"Opinion: {opinion}";
    public override string OpenSubject => "Open the details";
}
