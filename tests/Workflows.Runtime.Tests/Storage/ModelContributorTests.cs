using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Configuration;
using Workflows.Persistence.Modules;

namespace Workflows.Runtime.Tests.Storage;

/// <summary>
/// A module adds its tables to the one model through an <see cref="IModelContributor"/> in the context options, named
/// by the platform's conventions, and only contexts of that module see them (the model cache tells the sets apart).
/// </summary>
public sealed class ModelContributorTests
{
    [Test]
    public void ShouldAddAModulesTableNamedByThePlatformsConventions()
    {
        using var db = Context([new NoteModule()]);

        Assert.That(Tables(db), Does.Contain("module_note"));
    }

    [Test]
    public void ShouldKeepAModulesTablesOutOfContextsWithoutTheModule()
    {
        using var before = Context([]);
        using var withModule = Context([new NoteModule()]);
        using var after = Context([]);

        Assert.Multiple(() =>
        {
            Assert.That(Tables(before), Does.Not.Contain("module_note"));
            Assert.That(Tables(withModule), Does.Contain("module_note"));
            Assert.That(Tables(after), Does.Not.Contain("module_note"));
            Assert.That(Tables(after), Does.Contain("definitions"), "the platform's own tables stay");
        });
    }

    private static WorkflowsDbContext Context(IEnumerable<IModelContributor> modules)
    {
        var options = new DbContextOptionsBuilder<WorkflowsDbContext>();
        options.UseWorkflowsDatabase(DatabaseProvider.Sqlite, "Data Source=:memory:").AddModelContributors(modules);
        return new WorkflowsDbContext(options.Options);
    }

    private static List<string?> Tables(WorkflowsDbContext db) => [.. db.Model.GetEntityTypes().Select(e => e.GetTableName())];

    private sealed class ModuleNote
    {
        public Guid Id { get; set; }
        public string Text { get; set; } = "";
    }

    private sealed class NoteModule : IModelContributor
    {
        public void Contribute(ModelBuilder modelBuilder) => modelBuilder.Entity<ModuleNote>().HasKey(n => n.Id);
    }
}
