using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Workflows.Persistence.Modules;

public static class ModelContributorOptions
{
    /// <summary>Adds modules' tables to the model (see <see cref="IModelContributor"/>); replaces any set added before.</summary>
    public static DbContextOptionsBuilder AddModelContributors(this DbContextOptionsBuilder builder, IEnumerable<IModelContributor> contributors)
    {
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new ModelContributorsExtension([.. contributors]));
        return builder.ReplaceService<IModelCacheKeyFactory, ModelContributorsCacheKeyFactory>();
    }
}
