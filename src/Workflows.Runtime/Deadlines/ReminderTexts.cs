using Workflows.Runtime.Mail;

namespace Workflows.Runtime.Deadlines;

/// <summary>The wording of a reminder before a due date, Simplified Chinese first.</summary>
internal sealed record ReminderTexts(Func<string, string?, string> Subject, Func<int, string> DaysLeft)
{
    private static readonly ReminderTexts Chinese = new(
        (task, about) => about is null ? $"【到期提醒】{task}" : $"【到期提醒】{about}：{task}",
        days => days == 0 ? "该任务今天到期，请在今天下班前办结。" : $"该任务还剩 {days} 个工作日到期，请及时办理。");

    private static readonly ReminderTexts English = new(
        (task, about) => about is null ? $"[Reminder] {task}" : $"[Reminder] {about}: {task}",
        days => days == 0 ? "This task is due today." : $"This task is due in {days} working day{(days == 1 ? "" : "s")}.");

    public static ReminderTexts For(string language) => language == MailLanguage.English ? English : Chinese;
}
