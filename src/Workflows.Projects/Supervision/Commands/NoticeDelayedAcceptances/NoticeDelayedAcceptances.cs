using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Supervision;
using Workflows.Projects.Common;
using Workflows.Projects.Supervision.Deadlines;
using Workflows.Runtime.Mail.Escalation;
using Workflows.Runtime.Mail.Templates;

namespace Workflows.Projects.Supervision.Commands.NoticeDelayedAcceptances;

/// <summary>
/// Art. 28 (无合理原因拖延不验收): tells the bureau of every approved project whose planned completion date has passed
/// without completion acceptance: a notice, a history row and a mail to the bureau, once per project and planned date.
/// Returns how many projects were noticed now.
/// </summary>
public sealed record NoticeDelayedAcceptances : ICommand<int>;

public sealed class NoticeDelayedAcceptancesHandler(WorkflowsDbContext db, ProjectDeadlines deadlines, ISender sender)
    : ICommandHandler<NoticeDelayedAcceptances, int>
{
    public async ValueTask<int> Handle(NoticeDelayedAcceptances command, CancellationToken cancellationToken)
    {
        var now = deadlines.Now;
        var today = deadlines.Today;
        var notices = db.Set<AcceptanceDelayNotice>();
        var lapsed = await db.Set<Project>()
            .Where(p => p.PlannedCompletion != null && p.PlannedCompletion < today && AcceptanceDelays.AwaitingAcceptance.Contains(p.Stage)
                && !notices.Any(n => n.ProjectId == p.Id && n.PlannedCompletion == p.PlannedCompletion))
            .OrderBy(p => p.PlannedCompletion).ThenBy(p => p.Code)
            .ToListAsync(cancellationToken);
        foreach (var project in lapsed)
        {
            var planned = project.PlannedCompletion!.Value;
            var notice = new AcceptanceDelayNotice { Id = Guid.NewGuid(), ProjectId = project.Id, PlannedCompletion = planned, NoticedAt = now };
            notices.Add(notice);
            project.Record(now, null, "acceptance-delayed",
                $"计划完成日期 {planned:yyyy-MM-dd} 已过，仍未竣工验收，已告知主管部门（第二十八条）", newValues: new { plannedCompletion = planned });
            await sender.Send(new EnqueueEscalationMail(
                new EscalationNotice(notice.Id, $"逾期未竣工验收（项目 {project.Code} {project.Name}）", deadlines.StartOf(planned.AddDays(1)),
                    AcceptanceDelays.Description(project.Code, project.Name, planned) + " 可在“拖延验收”清单中下达限期整改通知。", null),
                [], [ProjectRoles.Bureau]), cancellationToken);
        }

        return lapsed.Count;
    }
}
