namespace Workflows.Runtime.Mail.Templates;

/// <summary>
/// How an instance ended, for the clerks of the record it was about: the record's name and page, the process's name, the
/// outcome (the name of the end event it reached) and the opinion of the step that decided, if it gave one. The process and
/// outcome have English names where the definition gives them (<c>name.en</c>).
/// </summary>
public sealed record OutcomeNotice(
    Guid InstanceId, string SubjectName, string SubjectPath, string Process, string Outcome, string? Opinion, string? ProcessEn = null, string? OutcomeEn = null);
