using System.Reflection;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Runtime.Storage;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Architecture;

/// <summary>
/// The platform (engine, persistence, runtime) and its tests know no county: the measures' domain is a module that
/// references the platform, never the other way round, so a second county's rules could be a second module.
/// </summary>
public sealed class PlatformIndependenceTests
{
    private static readonly Assembly[] Platform =
    [
        typeof(IServiceTaskHandler).Assembly,
        typeof(WorkflowsDbContext).Assembly,
        typeof(DatabaseMigrator).Assembly,
        typeof(RuntimeHost).Assembly,
    ];

    /// <summary>The module and whatever builds on it: the providers' migrations (their design-time factories add the module), host and CLI.</summary>
    private static readonly string[] Domain =
    [
        "Workflows.Projects", "Workflows.Persistence.Sqlite", "Workflows.Persistence.PostgreSql",
        "Workflows.Persistence.SqlServer", "Workflows.Host", "Workflows.Cli",
    ];

    [TestCaseSource(nameof(Platform))]
    public void ShouldNotReferenceTheMeasuresDomainFromThePlatform(Assembly platform)
    {
        var referenced = ReferencedWorkflowsAssemblies(platform);

        Assert.That(referenced.Intersect(Domain), Is.Empty, $"{platform.GetName().Name} references the domain");
    }

    [TestCaseSource(nameof(Platform))]
    public void ShouldDefineNoTypeOfTheMeasuresInThePlatform(Assembly platform)
    {
        var domainTypes = platform.GetTypes().Where(t => t.Namespace?.StartsWith("Workflows.Projects", StringComparison.Ordinal) == true);

        Assert.That(domainTypes.Select(t => t.FullName), Is.Empty);
    }

    /// <summary>The reference walk itself finds the domain where it is referenced, so the checks above cannot pass vacuously.</summary>
    [Test]
    public void ShouldFindTheDomainAmongTheReferencesOfTheMigrations()
    {
        var referenced = ReferencedWorkflowsAssemblies(Assembly.Load("Workflows.Persistence.Sqlite"));

        Assert.That(referenced, Does.Contain(typeof(ProjectsModel).Assembly.GetName().Name));
    }

    /// <summary>Every Workflows assembly reachable from <paramref name="root"/> through compile-time references.</summary>
    private static IReadOnlySet<string> ReferencedWorkflowsAssemblies(Assembly root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([root]);
        while (pending.TryPop(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name?.StartsWith("Workflows.", StringComparison.Ordinal) == true))
            {
                if (seen.Add(reference.Name!))
                    pending.Push(Assembly.Load(reference));
            }
        }
        return seen;
    }
}
