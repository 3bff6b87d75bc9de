using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Catalogue.Commands.ScheduleMigration;

/// <summary>
/// Art. 35: the bureau marks a non-classified county system for migration to the municipal government cloud by a target date
/// (again, to move the date). Classified and upper-level systems are not the county's to migrate.
/// </summary>
public sealed record ScheduleMigration(Guid SystemId, DateOnly DueOn) : ICommand;

public sealed class ScheduleMigrationHandler(WorkflowsDbContext db) : ICommandHandler<ScheduleMigration>
{
    public async ValueTask<Unit> Handle(ScheduleMigration command, CancellationToken cancellationToken)
    {
        var system = await CatalogueEntries.LoadAsync(db, command.SystemId, cancellationToken);
        CatalogueEntries.EnsureInService(system);
        if (system.IsClassified)
            throw new ConflictException($"《{system.Name}》为涉密系统，不迁移上云（第三十五条） (art. 35: a classified system is not migrated)");
        if (system.IsUpperLevel)
            throw new ConflictException($"《{system.Name}》为上级系统，不由本县迁移（第三十五条） (art. 35: an upper-level system is not the county's to migrate)");
        if (system.MigratedOn is not null)
            throw new ConflictException($"《{system.Name}》已迁移上云（第三十五条） (art. 35: already migrated)");
        system.MigrationDueOn = command.DueOn;
        return Unit.Value;
    }
}
