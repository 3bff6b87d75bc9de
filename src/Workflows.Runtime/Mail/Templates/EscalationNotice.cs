namespace Workflows.Runtime.Mail.Templates;

/// <summary>An overdue deadline to escalate.</summary>
/// <param name="Title">What was due, e.g. "合同备案（项目 2025-017）".</param>
/// <param name="Detail">Optional extra sentence, e.g. the article of the measures that sets the limit.</param>
/// <param name="TaskId">The open task to act on, when there is one; the mail links to it.</param>
/// <param name="TitleEn">The title for an English reader, where the task has an English name.</param>
public sealed record EscalationNotice(Guid DeadlineId, string Title, DateTimeOffset DueAt, string? Detail, Guid? TaskId, string? TitleEn = null);
