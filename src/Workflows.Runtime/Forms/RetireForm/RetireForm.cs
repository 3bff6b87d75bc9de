using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Forms;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Forms.RetireForm;

/// <summary>Stops new process versions from pinning a form version; tasks of process versions that pinned it still show it.</summary>
public sealed record RetireForm(string Key, int Version, string? Actor = null) : ICommand;

public sealed class RetireFormHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<RetireForm>
{
    public async ValueTask<Unit> Handle(RetireForm command, CancellationToken cancellationToken)
    {
        var form = await db.Set<FormRecord>().FirstOrDefaultAsync(f => f.Key == command.Key && f.Version == command.Version, cancellationToken)
            ?? throw new NotFoundException($"Form '{command.Key}' has no version {command.Version}.");
        if (form.Status == FormStatus.Retired)
            return Unit.Value;
        form.Status = FormStatus.Retired;
        form.RetiredAt = time.GetUtcNow();
        form.RetiredBy = command.Actor;
        return Unit.Value;
    }
}
