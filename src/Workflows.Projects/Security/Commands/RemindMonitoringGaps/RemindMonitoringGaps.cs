using System.Security.Cryptography;
using System.Text;
using Mediator;
using Workflows.Engine.Calendar;
using Workflows.Projects.Common;
using Workflows.Projects.Domain;
using Workflows.Projects.Security.Queries.ListMonitoringGaps;
using Workflows.Runtime.Mail.Escalation;
using Workflows.Runtime.Mail.Templates;

namespace Workflows.Projects.Security.Commands.RemindMonitoringGaps;

/// <summary>
/// Art. 36: on a working day, mails the clerks of the department running each system in service whose daily monitoring misses
/// working days of the window, once per system and day (mails keyed by <see cref="ReminderId"/>). Returns how many mails were new.
/// </summary>
public sealed record RemindMonitoringGaps : ICommand<int>
{
    /// <summary>The reminder of one system on one day: the same on every run of that day, another the next day.</summary>
    public static Guid ReminderId(Guid systemId, DateOnly day) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"monitoring-gap:{systemId:N}:{day:yyyy-MM-dd}"))[..16]);
}

public sealed class RemindMonitoringGapsHandler(ISender sender, ProjectDeadlines deadlines, IBusinessCalendar calendar)
    : ICommandHandler<RemindMonitoringGaps, int>
{
    public async ValueTask<int> Handle(RemindMonitoringGaps command, CancellationToken cancellationToken)
    {
        var today = deadlines.Today;
        // Nobody is on duty to check on a day off; the gap is still there on the next working day.
        if (!calendar.IsWorkingDay(today))
            return 0;
        var queued = 0;
        foreach (var gap in await sender.Send(new ListMonitoringGaps(null), cancellationToken))
        {
            var detail = $"系统《{gap.SystemName}》近 {MonitoringWindow.Days} 日有 {gap.UncheckedDays} 个工作日未记录日常监测"
                + $"（{gap.EarliestUnchecked:yyyy-MM-dd} 至 {gap.LatestUnchecked:yyyy-MM-dd}），请补记监测日志（第三十六条）。";
            queued += await sender.Send(new EnqueueEscalationMail(
                new EscalationNotice(RemindMonitoringGaps.ReminderId(gap.SystemId, today), $"日常监测未记录（{gap.SystemName}）",
                    deadlines.StartOf(gap.EarliestUnchecked.AddDays(1)), detail, null),
                [], ProjectRoles.DepartmentScoped, gap.DepartmentCode), cancellationToken);
        }

        return queued;
    }
}
