using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Runtime.Common;
using Workflows.Runtime.Storage;

namespace Workflows.Runtime.Tests.Support;

/// <summary>
/// The platform as a host without any domain module composes it: its services, a mediator generated over the
/// platform's handlers alone, and the platform's tables built from its model (the shipped migrations hold the
/// measures' tables too and are proven with the Projects module, in Workflows.Projects.Tests).
/// </summary>
public static class PlatformHost
{
    public static IServiceCollection AddPlatformForTests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkflowsPlatform(configuration);
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(ValidationBehavior<,>), typeof(TransactionBehavior<,>)];
        });
        return services;
    }

    public static async Task CreateSchemaAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await CreateSchemaAsync(scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>());
    }

    /// <summary>
    /// Creates the database if needed and the platform's tables in it, whatever else it holds already: Hangfire's
    /// storage may have put its own tables there first, which would make <c>EnsureCreated</c> skip ours. The inbox
    /// order triggers come with them, as the migrations create them: the inbox reads what they copy.
    /// </summary>
    public static async Task CreateSchemaAsync(WorkflowsDbContext db)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync())
            await creator.CreateAsync();
        await creator.CreateTablesAsync();
        var (drop, create) = db.Database.IsNpgsql()
            ? (Persistence.PostgreSql.InboxOrderTriggers.Drop, Persistence.PostgreSql.InboxOrderTriggers.Create)
            : (Persistence.Sqlite.InboxOrderTriggers.Drop, Persistence.Sqlite.InboxOrderTriggers.Create);
        await db.Database.ExecuteSqlRawAsync(drop);
        await db.Database.ExecuteSqlRawAsync(create);
    }
}
