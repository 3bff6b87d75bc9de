using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Migrations.ExecuteMigration;

/// <summary>
/// Migrates the named instances, or every running instance of the source version, in batches; each instance is its own
/// <see cref="MigrateInstance.MigrateInstance"/> command and transaction, so one that does not fit is skipped and reported while the
/// others move. Not a command itself: it holds no transaction of its own. An invalid plan is refused whole (400).
/// </summary>
public sealed record ExecuteMigration(MigrationPlan Plan, IReadOnlyList<Guid>? InstanceIds, bool All, string? Actor = null) : IRequest<MigrationOutcome>;

public sealed record MigrationOutcome(IReadOnlyList<Guid> Migrated, IReadOnlyList<MigrationFailure> Failed);

public sealed record MigrationFailure(Guid InstanceId, string Message);

public sealed class ExecuteMigrationHandler(WorkflowsDbContext db, MigrationVersions versions, ISender sender, ILogger<ExecuteMigrationHandler> logger)
    : IRequestHandler<ExecuteMigration, MigrationOutcome>
{
    public const int BatchSize = 50;

    public async ValueTask<MigrationOutcome> Handle(ExecuteMigration request, CancellationToken cancellationToken)
    {
        if (request.All == request.InstanceIds is { Count: > 0 })
            throw new InvalidRequestException([new Problem("instanceIds", "请选择要迁移的实例，或选择全部 (name the instances to migrate, or all, not both)")]);
        var (mapping, errors) = await versions.CheckAsync(request.Plan, cancellationToken);
        if (mapping is null)
        {
            throw new InvalidRequestException([.. errors.Select(error =>
                new Problem(error.Instruction is { } index ? $"instructions[{index}]" : "plan", error.Message))]);
        }

        var migrated = new List<Guid>();
        var failed = new List<MigrationFailure>();
        var ids = request.All
            ? await db.Instances.AsNoTracking()
                .Where(i => i.DefinitionId == mapping.Source.Id && i.Status == InstanceStatus.Running)
                .OrderBy(i => i.StartedAt).Select(i => i.Id).ToListAsync(cancellationToken)
            : request.InstanceIds!.Distinct().ToList();
        foreach (var batch in ids.Chunk(BatchSize))
        {
            foreach (var instanceId in batch)
            {
                try
                {
                    await sender.Send(new MigrateInstance.MigrateInstance(instanceId, mapping, request.Plan.UpdateEventTriggers, request.Actor), cancellationToken);
                    migrated.Add(instanceId);
                }
                catch (Exception exception) when (exception is ConflictException or NotFoundException or ConcurrencyConflictException or InvalidRequestException)
                {
                    failed.Add(new MigrationFailure(instanceId, exception.Message));
                }
            }
            logger.LogInformation("Migrated {Migrated} of {Total} instances of {Key} v{Source} to v{Target}; {Failed} skipped",
                migrated.Count, ids.Count, mapping.Source.Key, mapping.Source.Version, mapping.Target.Version, failed.Count);
        }
        return new MigrationOutcome(migrated, failed);
    }
}
