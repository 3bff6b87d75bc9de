using Microsoft.EntityFrameworkCore;
using Workflows.Projects.Tests.Support;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Storage;

[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class MigrationTests(string provider) : ProductFixture(provider)
{
    [Test]
    public async Task ShouldLeaveNoMigrationPendingAfterMigrating()
    {
        var pending = await Host.ReadAsync(db => db.Database.GetPendingMigrationsAsync());

        Assert.That(pending, Is.Empty);
    }

    /// <summary>Fails when an entity changed without deploy/scripts/regenerate-migrations.sh being run.</summary>
    [Test]
    public async Task ShouldHaveMigrationsMatchingTheModel()
    {
        var changed = await Host.ReadAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        Assert.That(changed, Is.False);
    }
}
