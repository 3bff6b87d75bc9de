using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;

namespace Workflows.Cli.Hosting;

/// <summary>Verbs that write refuse to run on a database whose schema is behind, with the fix in the message.</summary>
internal static class MigrationGuard
{
    public static async Task EnsureMigratedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            throw new InvalidOperationException("the database schema is not up to date: run `workflows db migrate` first");
    }
}
