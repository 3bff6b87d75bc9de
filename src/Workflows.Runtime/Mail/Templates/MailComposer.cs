using Microsoft.Extensions.Options;
using Workflows.Runtime.Mail.HandOver;

namespace Workflows.Runtime.Mail.Templates;

internal sealed class MailComposer(IOptions<MailOptions> options, MailTimeZone timeZone) : IMailComposer
{
    public ComposedMail TaskCreated(MailRecipient recipient, TaskSummary task)
    {
        var texts = MailTexts.For(recipient.Language);
        var body = new MailBody()
            .Paragraph(texts.Greeting(recipient.DisplayName))
            .Paragraph(texts.TaskCreatedIntro);
        if (task.About is { } about)
            body.Paragraph(texts.AboutLine(about));
        var name = task.NameIn(recipient.Language);
        return body
            .Paragraph(texts.TaskLine(name))
            .Paragraph(texts.DueLine(Due(texts, task.DueAt)))
            .Link(texts.OpenTask, TaskLink(task.TaskId))
            .Build(texts.TaskCreatedSubject(name, task.About), recipient.Language, texts.Footer);
    }

    public ComposedMail TaskHandedOver(MailRecipient recipient, TaskSummary task, TaskHandOver handOver, string actorName)
    {
        var texts = MailTexts.For(recipient.Language);
        var body = new MailBody()
            .Paragraph(texts.Greeting(recipient.DisplayName))
            .Paragraph(texts.HandOverIntro(handOver, actorName));
        if (task.About is { } about)
            body.Paragraph(texts.AboutLine(about));
        var name = task.NameIn(recipient.Language);
        return body
            .Paragraph(texts.TaskLine(name))
            .Paragraph(texts.DueLine(Due(texts, task.DueAt)))
            .Link(texts.OpenTask, TaskLink(task.TaskId))
            .Build(texts.HandOverSubject(handOver, texts.TaskTitle(name, task.About)), recipient.Language, texts.Footer);
    }

    public ComposedMail Digest(MailRecipient recipient, DigestContent digest)
    {
        var texts = MailTexts.For(recipient.Language);
        var body = new MailBody()
            .Paragraph(texts.Greeting(recipient.DisplayName))
            .Paragraph(texts.DigestIntro(digest.Overdue.Count, digest.DueSoon.Count));
        if (digest.Overdue.Count > 0)
            body.Heading(texts.OverdueHeading).LinkList(Items(texts, recipient.Language, digest.Overdue));
        if (digest.DueSoon.Count > 0)
            body.Heading(texts.DueSoonHeading(digest.DueSoonDays, digest.InWorkingDays)).LinkList(Items(texts, recipient.Language, digest.DueSoon));
        return body
            .Link(texts.OpenInbox, Link("tasks"))
            .Build(texts.DigestSubject(digest.Date, digest.Overdue.Count, digest.DueSoon.Count), recipient.Language, texts.Footer);
    }

    public ComposedMail Escalation(MailRecipient recipient, EscalationNotice notice)
    {
        var texts = MailTexts.For(recipient.Language);
        var title = MailLanguage.Pick(recipient.Language, notice.Title, notice.TitleEn);
        var body = new MailBody()
            .Paragraph(texts.Greeting(recipient.DisplayName))
            .Paragraph(texts.EscalationIntro(title, Due(texts, notice.DueAt)));
        if (!string.IsNullOrWhiteSpace(notice.Detail))
            body.Paragraph(notice.Detail);
        body.Link(texts.OpenTask, notice.TaskId is { } taskId ? TaskLink(taskId) : Link("tasks"));
        return body.Build(texts.EscalationSubject(title), recipient.Language, texts.Footer);
    }

    public ComposedMail Incident(MailRecipient recipient, IncidentNotice notice)
    {
        var texts = MailTexts.For(recipient.Language);
        return new MailBody()
            .Paragraph(texts.Greeting(recipient.DisplayName))
            .Paragraph(texts.IncidentIntro(notice.Process, notice.BusinessKey, notice.ActivityId, texts.FormatTime(timeZone.ToLocal(notice.At))))
            .Paragraph(texts.IncidentError(notice.Message))
            .Link(texts.OpenInstance, Link($"instances/{notice.InstanceId}"))
            .Build(texts.IncidentSubject(notice.Process, notice.ActivityId), recipient.Language, texts.Footer);
    }

    public ComposedMail Outcome(MailRecipient recipient, OutcomeNotice notice)
    {
        var texts = MailTexts.For(recipient.Language);
        var process = MailLanguage.Pick(recipient.Language, notice.Process, notice.ProcessEn);
        var outcome = MailLanguage.Pick(recipient.Language, notice.Outcome, notice.OutcomeEn);
        var body = new MailBody()
            .Paragraph(texts.Greeting(recipient.DisplayName))
            .Paragraph(texts.OutcomeIntro(notice.SubjectName, process))
            .Paragraph(texts.ProcessLine(process))
            .Paragraph(texts.OutcomeLine(outcome));
        if (!string.IsNullOrWhiteSpace(notice.Opinion))
            body.Paragraph(texts.OpinionLine(notice.Opinion));
        return body
            .Link(texts.OpenSubject, Link(notice.SubjectPath.TrimStart('/')))
            .Build(texts.OutcomeSubject(notice.SubjectName, outcome), recipient.Language, texts.Footer);
    }

    private IEnumerable<(string Label, string Url)> Items(MailTexts texts, string language, IEnumerable<TaskSummary> tasks) =>
        tasks.Select(t => (texts.DigestItem(texts.TaskTitle(t.NameIn(language), t.About), Due(texts, t.DueAt)), TaskLink(t.TaskId)));

    private string Due(MailTexts texts, DateTimeOffset? dueAt) =>
        dueAt is { } due ? texts.FormatTime(timeZone.ToLocal(due)) : texts.NoDueDate;

    private string TaskLink(Guid taskId) => Link($"tasks/{taskId}");

    private string Link(string path) => $"{options.Value.BaseUrl.TrimEnd('/')}/{path}";
}
