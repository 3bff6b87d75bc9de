using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Forms;
using Workflows.Runtime.Common;
using Workflows.Runtime.Definitions.Publishing;

namespace Workflows.Runtime.Forms.PublishForm;

/// <summary>
/// Publishes the key's draft as <see cref="Version"/>, which must be the next number (a stale editor gets a conflict);
/// the draft is consumed. Process versions published from now on pin it; running tasks keep their version.
/// </summary>
public sealed record PublishForm(string Key, int Version, string? Actor = null) : ICommand<PublishOutcome>;

public sealed class PublishFormHandler(WorkflowsDbContext db, FormPublisher publisher) : ICommandHandler<PublishForm, PublishOutcome>
{
    public async ValueTask<PublishOutcome> Handle(PublishForm command, CancellationToken cancellationToken)
    {
        var forms = db.Set<FormRecord>();
        var draft = await forms.FirstOrDefaultAsync(f => f.Key == command.Key && f.Status == FormStatus.Draft, cancellationToken)
            ?? throw new NotFoundException($"Form '{command.Key}' has no draft to publish.");
        var next = (await forms.Where(f => f.Key == command.Key).MaxAsync(f => f.Version, cancellationToken) ?? 0) + 1;
        if (command.Version != next)
            throw new ConflictException($"The draft of form '{command.Key}' would be published as version {next}, not {command.Version}.");
        forms.Remove(draft);
        return await publisher.PublishAsync(command.Key, draft.Json, command.Actor, cancellationToken);
    }
}
