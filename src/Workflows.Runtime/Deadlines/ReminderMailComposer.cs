using Microsoft.Extensions.Options;
using Workflows.Runtime.Mail;
using Workflows.Runtime.Mail.Templates;

namespace Workflows.Runtime.Deadlines;

/// <summary>Renders a reminder with the mail templates' greeting, due line, task link and footer.</summary>
internal sealed class ReminderMailComposer(IOptions<MailOptions> options, MailTimeZone timeZone)
{
    public ComposedMail Compose(MailRecipient recipient, TaskSummary task, int workingDaysLeft)
    {
        var texts = MailTexts.For(recipient.Language);
        var reminder = ReminderTexts.For(recipient.Language);
        var due = task.DueAt is { } dueAt ? texts.FormatTime(timeZone.ToLocal(dueAt)) : texts.NoDueDate;
        var body = new MailBody()
            .Paragraph(texts.Greeting(recipient.DisplayName))
            .Paragraph(reminder.DaysLeft(workingDaysLeft));
        if (task.About is { } about)
            body.Paragraph(texts.AboutLine(about));
        var name = task.NameIn(recipient.Language);
        return body
            .Paragraph(texts.TaskLine(name))
            .Paragraph(texts.DueLine(due))
            .Link(texts.OpenTask, $"{options.Value.BaseUrl.TrimEnd('/')}/tasks/{task.TaskId}")
            .Build(reminder.Subject(name, task.About), recipient.Language, texts.Footer);
    }
}
