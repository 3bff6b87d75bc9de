using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Security;
using Workflows.Runtime.Mail.Escalation;
using Workflows.Runtime.Mail.Templates;

namespace Workflows.Projects.Security.Commands.RemindSecurityReassessments;

/// <summary>
/// Art. 37 (同步运行): mails the lead department of every project whose latest 等保测评 or 密评 falls due within
/// <see cref="SecurityAssessments.ReminderDays"/> days (or is overdue), once per assessment and due date, with a history
/// row. Returns how many reminders were new.
/// </summary>
public sealed record RemindSecurityReassessments : ICommand<int>;

public sealed class RemindSecurityReassessmentsHandler(WorkflowsDbContext db, ProjectDeadlines deadlines, ISender sender)
    : ICommandHandler<RemindSecurityReassessments, int>
{
    public async ValueTask<int> Handle(RemindSecurityReassessments command, CancellationToken cancellationToken)
    {
        var now = deadlines.Now;
        var horizon = deadlines.Today.AddDays(SecurityAssessments.ReminderDays);
        var assessments = db.Set<SecurityAssessment>();
        // Only the latest assessment of a kind is due: an earlier one was superseded by the re-evaluation.
        var due = await assessments
            .Where(a => a.NextDueOn <= horizon && a.RemindedFor != a.NextDueOn
                && !assessments.Any(later => later.ProjectId == a.ProjectId && later.Kind == a.Kind && later.RecordedAt > a.RecordedAt))
            .ToListAsync(cancellationToken);
        var projectIds = due.Select(a => a.ProjectId).Distinct().ToList();
        var projects = await db.Set<Project>().Where(p => projectIds.Contains(p.Id) && p.Stage != ProjectStage.Terminated)
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var reminded = 0;
        foreach (var assessment in due.OrderBy(a => a.NextDueOn))
        {
            if (!projects.TryGetValue(assessment.ProjectId, out var project))
                continue;
            assessment.RemindedFor = assessment.NextDueOn;
            var name = SecurityAssessments.NameOf(assessment.Kind);
            var detail = $"项目 {project.Code}《{project.Name}》的{name}（上次 {assessment.AssessedOn:yyyy-MM-dd}）应于 {assessment.NextDueOn:yyyy-MM-dd} 前复评，"
                + "请委托测评机构复评并上传报告（第三十七条）。";
            project.Record(now, null, "security-reassessment-due", detail, newValues: new { assessment.Kind, assessment.NextDueOn });
            await sender.Send(new EnqueueEscalationMail(
                new EscalationNotice(assessment.Id, $"{name}复评提醒（项目 {project.Code}）", deadlines.StartOf(assessment.NextDueOn), detail, null),
                [], [ProjectRoles.Department], project.LeadDepartmentCode), cancellationToken);
            reminded++;
        }

        return reminded;
    }
}
