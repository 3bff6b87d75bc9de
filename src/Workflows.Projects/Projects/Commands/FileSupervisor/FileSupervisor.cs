using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.FileSupervisor;

/// <summary>Files the supervisor chosen by market mechanism with the bureau (art. 21).</summary>
public sealed record FileSupervisor(Guid ProjectId, string SupervisorName, string Selection, string Note, string? Actor = null) : ICommand;

public sealed class FileSupervisorHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<FileSupervisor>
{
    public async ValueTask<Unit> Handle(FileSupervisor command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        if (project.ContractSignedAt is null)
            throw new ConflictException("尚未签订建设合同，不能备案监理单位 (no construction contract yet)");
        var now = time.GetUtcNow();
        var details = $"{command.SupervisorName.Trim()}（{command.Selection}）{command.Note}";
        Filings.Add(db, project, FilingKind.Supervisor, now, null, details, await db.LatestAsync(project.Id, DocumentKind.SupervisorFiling, cancellationToken), command.Actor);
        project.Record(now, command.Actor, "supervisor-filed", $"监理单位备案：{command.SupervisorName.Trim()}（第二十一条）",
            newValues: new { command.SupervisorName, command.Selection });
        return Unit.Value;
    }
}
