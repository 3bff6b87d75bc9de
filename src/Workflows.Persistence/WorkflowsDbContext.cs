using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence.Conventions;
using Workflows.Persistence.Definitions;
using Workflows.Persistence.Identity;
using Workflows.Persistence.Instances;
using Workflows.Persistence.Modules;
using Workflows.Persistence.Tasks;

namespace Workflows.Persistence;

/// <summary>
/// The one database of the platform: engine tables, Identity and the tables of the modules in the options.
/// Each feature folder contributes entities through its own <see cref="IEntityTypeConfiguration{TEntity}"/>,
/// so adding a table never touches this class; a module (the measures' domain) adds its own through an
/// <see cref="IModelContributor"/>, so the platform knows no county. It also holds the Data Protection key ring,
/// which protects the cookies and tokens of every node sharing the database.
/// </summary>
public sealed class WorkflowsDbContext(DbContextOptions<WorkflowsDbContext> options)
    : IdentityDbContext<WorkflowsUser, WorkflowsRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<DefinitionRecord> Definitions => Set<DefinitionRecord>();
    public DbSet<InstanceRecord> Instances => Set<InstanceRecord>();
    public DbSet<UserTaskRecord> UserTasks => Set<UserTaskRecord>();

    private readonly ModelContributorsExtension? modules = options.FindExtension<ModelContributorsExtension>();

    /// <summary>Tells the models of different module sets apart in the model cache.</summary>
    internal string ModelKey => modules?.ModelKey ?? "";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowsDbContext).Assembly);
        foreach (var module in modules?.Contributors ?? [])
            module.Contribute(modelBuilder);
        SnakeCaseNaming.Apply(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        // SQLite cannot compare or order DateTimeOffset; UTC ticks keep every query translatable there.
        if (Database.ProviderName == SqliteProviderName)
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    private const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";
}
