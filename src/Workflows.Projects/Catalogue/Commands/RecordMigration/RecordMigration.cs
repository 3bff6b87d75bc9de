using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Catalogue.Commands.RecordMigration;

/// <summary>Art. 35: the bureau records that a system marked for migration now runs on the municipal government cloud.</summary>
public sealed record RecordMigration(Guid SystemId, DateOnly MigratedOn) : ICommand;

public sealed class RecordMigrationHandler(WorkflowsDbContext db, ProjectDeadlines clock) : ICommandHandler<RecordMigration>
{
    public async ValueTask<Unit> Handle(RecordMigration command, CancellationToken cancellationToken)
    {
        if (command.MigratedOn > clock.Today)
            throw new InvalidRequestException([new Problem("migratedOn", "迁移日期不能晚于今天 (migratedOn: the migration date cannot be in the future)")]);
        var system = await CatalogueEntries.LoadAsync(db, command.SystemId, cancellationToken);
        CatalogueEntries.EnsureInService(system);
        if (system.MigrationDueOn is null)
            throw new ConflictException($"《{system.Name}》未列入迁移上云计划（第三十五条） (art. 35: the system was not marked for migration)");
        if (system.MigratedOn is not null)
            throw new ConflictException($"《{system.Name}》已迁移上云（第三十五条） (art. 35: already migrated)");
        system.MigratedOn = command.MigratedOn;
        return Unit.Value;
    }
}
