using System.Diagnostics;
using System.Globalization;
using Workflows.Runtime.Mail.HandOver;

namespace Workflows.Runtime.Mail.Templates;

internal sealed class ChineseMailTexts : MailTexts
{
    public static readonly ChineseMailTexts Instance = new();

    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("zh-CN");

    public override string Greeting(string name) => $"{name}，您好：";
    public override string Footer => "此邮件由项目审批平台自动发送，请勿直接回复。";
    public override string NoDueDate => "未设定";
    public override string FormatTime(DateTime localTime) => localTime.ToString("yyyy年M月d日 HH:mm", Culture);
    public override string FormatDate(DateOnly date) => date.ToString("yyyy年M月d日", Culture);
    public override string OpenTask => "点击此处办理任务";
    public override string OpenInbox => "打开我的待办";

    public override string TaskCreatedSubject(string taskName, string? about) => $"【待办】{TaskTitle(taskName, about)}";
    public override string TaskTitle(string taskName, string? about) => about is null ? taskName : $"{about}：{taskName}";
    public override string AboutLine(string about) => $"办理事项：{about}";
    public override string TaskCreatedIntro => "您有一项新的待办任务，请及时办理。";
    public override string TaskLine(string taskName) => $"任务：{taskName}";
    public override string DueLine(string due) => $"截止时间：{due}";

    public override string HandOverSubject(TaskHandOver handOver, string taskName) => handOver switch
    {
        TaskHandOver.Assigned => $"【分派】{taskName}",
        TaskHandOver.Delegated => $"【委派】{taskName}",
        TaskHandOver.Resolved => $"【委派已办结】{taskName}",
        _ => throw new UnreachableException(),
    };

    public override string HandOverIntro(TaskHandOver handOver, string actorName) => handOver switch
    {
        TaskHandOver.Assigned => $"{actorName}将一项任务分派给您，请及时办理。",
        TaskHandOver.Delegated => $"{actorName}将一项任务委派给您，办理后请点击“办结委派”交回。",
        TaskHandOver.Resolved => $"{actorName}已办结您委派的任务，任务已交回给您，请继续办理。",
        _ => throw new UnreachableException(),
    };

    public override string DigestSubject(DateOnly date, int overdue, int dueSoon) =>
        $"【每日待办提醒】{FormatDate(date)}：已逾期 {overdue} 项，即将到期 {dueSoon} 项";
    public override string DigestIntro(int overdue, int dueSoon) =>
        $"截至今日，您有 {overdue} 项任务已逾期，{dueSoon} 项任务即将到期。";
    public override string OverdueHeading => "已逾期";
    public override string DueSoonHeading(int days, bool workingDays) =>
        workingDays ? $"即将到期（{days} 个工作日内）" : $"即将到期（{days} 天内）";
    public override string DigestItem(string taskName, string due) => $"{taskName}（截止 {due}）";

    public override string EscalationSubject(string title) => $"【逾期督办】{title}";
    public override string EscalationIntro(string title, string due) =>
        $"{title}已于 {due} 到期，目前仍未办结，请尽快处理。";

    public override string IncidentSubject(string process, string activityId) => $"【流程故障】{process}：{activityId}";
    public override string IncidentIntro(string process, string? businessKey, string activityId, string at) =>
        $"流程 {process}{(businessKey is null ? "" : $"（业务编号 {businessKey}）")}在步骤 {activityId} 于 {at} 出错，已暂停，待管理员处理后重试。";
    public override string IncidentError(string message) => $"错误信息：{message}";
    public override string OpenInstance => "查看流程实例";

    public override string OutcomeSubject(string subjectName, string outcome) => $"【办理结果】{subjectName}：{outcome}";
    public override string OutcomeIntro(string subjectName, string process) => $"“{subjectName}”的{process}已办结，办理结果如下。";
    public override string ProcessLine(string process) => $"流程：{process}";
    public override string OutcomeLine(string outcome) => $"办理结果：{outcome}";
    public override string OpinionLine(string opinion) => $"审核意见：{opinion}";
    public override string OpenSubject => "查看详情";
}
