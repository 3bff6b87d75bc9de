using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Construction;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.ReportProgress;

/// <summary>A construction progress report of the department (art. 20).</summary>
public sealed record ReportProgress(Guid ProjectId, int PercentComplete, string Summary, string? Actor = null) : ICommand;

public sealed class ReportProgressHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<ReportProgress>
{
    public async ValueTask<Unit> Handle(ReportProgress command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        project.EnsureNotTerminated();
        // Art. 21: construction starts once the supervisor is filed.
        if (project.Filings.All(f => f.Kind != FilingKind.Supervisor))
            throw new ConflictException("监理单位尚未备案，不能开工（第二十一条） (art. 21: file the supervisor before construction)");
        var now = time.GetUtcNow();
        db.Add(new ProgressReport
        {
            Id = Guid.CreateVersion7(now), ProjectId = project.Id, PercentComplete = command.PercentComplete,
            Summary = command.Summary.Trim(), ReportedAt = now, ReportedBy = command.Actor ?? "",
        });
        project.MoveTo(ProjectStage.UnderConstruction);
        project.Record(now, command.Actor, "progress-reported", $"建设进度 {command.PercentComplete}%", newValues: new { command.PercentComplete });
        return Unit.Value;
    }
}
