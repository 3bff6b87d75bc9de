using Microsoft.EntityFrameworkCore;

namespace Workflows.Persistence.Modules;

/// <summary>
/// A module's part of the one database model: its entities and their configurations, applied by
/// <see cref="WorkflowsDbContext"/> after the platform's own tables and before the naming conventions.
/// The platform knows no module; a host adds them with <see cref="ModelContributorOptions.AddModelContributors"/>.
/// A contributor must build the same model every time: the model is cached per set of contributor types.
/// </summary>
public interface IModelContributor
{
    void Contribute(ModelBuilder modelBuilder);
}
