using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Workflows.Persistence.Modules;

/// <summary>Carries the modules' <see cref="IModelContributor"/>s in the context options.</summary>
public sealed class ModelContributorsExtension(IReadOnlyList<IModelContributor> contributors) : IDbContextOptionsExtension
{
    public IReadOnlyList<IModelContributor> Contributors { get; } = contributors;

    /// <summary>Identifies the model the contributors build: their types, in order.</summary>
    public string ModelKey { get; } = string.Join("|", contributors.Select(c => c.GetType().FullName));

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(ModelContributorsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        private ModelContributorsExtension Contributors => (ModelContributorsExtension)Extension;

        public override bool IsDatabaseProvider => false;

        public override string LogFragment => $"ModelContributors={Contributors.ModelKey} ";

        // The contributors change the model, not the services: contexts with different modules share a service
        // provider and are told apart by ModelContributorsCacheKeyFactory.
        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["Workflows:ModelContributors"] = Contributors.ModelKey;
    }
}
