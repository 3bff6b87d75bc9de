using Mediator;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Persistence.Projects;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordAcceptance;

/// <summary>Records the completion acceptance (arts. 22-24) and returns the art. 25 deadline of the acceptance report.</summary>
public sealed record RecordAcceptance(Guid ProjectId, bool DataSharedToPlatform, bool SecureAndControllable, string Opinion, string? Actor = null)
    : ICommand<CountedDeadline>;

public sealed class RecordAcceptanceHandler(WorkflowsDbContext db, ProjectDeadlines deadlines) : ICommandHandler<RecordAcceptance, CountedDeadline>
{
    public async ValueTask<CountedDeadline> Handle(RecordAcceptance command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        if (project.Stage != ProjectStage.UnderConstruction)
            throw new ConflictException("项目不在建设阶段，不能验收 (the project is not under construction)");
        var now = deadlines.Now;
        project.AcceptedAt = now;
        project.DataSharedToPlatform = command.DataSharedToPlatform;
        project.SecureAndControllable = command.SecureAndControllable;
        project.MoveTo(ProjectStage.Accepted);
        // Art. 25: the acceptance report is filed within 30 working days of the acceptance.
        var due = deadlines.Count(now, ProjectDeadlines.AcceptanceReportWorkingDays);
        project.Record(now, command.Actor, "accepted", $"通过竣工验收，验收报告应于 {due.DueAt:yyyy-MM-dd} 前备案",
            newValues: new { AcceptedAt = now, ReportDueAt = due.DueAt, command.Opinion });
        return due;
    }
}
