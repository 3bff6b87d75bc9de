using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Workflows.Persistence.Modules;

/// <summary>Caches one model per context type and set of modules, so a context without a module never gets another's model.</summary>
public sealed class ModelContributorsCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), designTime, context is WorkflowsDbContext workflows ? workflows.ModelKey : "");
}
