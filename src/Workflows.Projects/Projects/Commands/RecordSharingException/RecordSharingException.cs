using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordSharingException;

/// <summary>
/// Art. 11: the bureau records why a project that interconnects and shares with no other system may still be approved and
/// receive O&amp;M money; the reason and who decided it go into the project history. Only for a project that shares nothing (409).
/// </summary>
public sealed record RecordSharingException(Guid ProjectId, string Reason, string Actor) : ICommand;

public sealed class RecordSharingExceptionHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<RecordSharingException>
{
    public async ValueTask<Unit> Handle(RecordSharingException command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.Reason) || command.Reason.Trim().Length < 10 || command.Reason.Length > 2000)
            throw new InvalidRequestException([new Problem("reason", "例外理由必填，须说明依据（10至2000字） (reason: state the justification, 10 to 2000 characters)")]);
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        if (!project.DataSharing.SharesNothing)
            throw new ConflictException("项目已有互联共享方案，无需例外（第十一条） (art. 11: the project shares data; no exception is needed)");
        project.EnsureNotTerminated();

        var now = time.GetUtcNow();
        var old = project.SharingException is { } previous ? new { previous.Reason, previous.DecidedBy } : null;
        project.SharingException = new SharingException { Reason = command.Reason.Trim(), DecidedBy = command.Actor, DecidedAt = now };
        project.Record(now, command.Actor, "sharing-exception", $"不互联共享例外（第十一条）：{project.SharingException.Reason}",
            old, new { project.SharingException.Reason, project.SharingException.DecidedBy });
        return Unit.Value;
    }
}
