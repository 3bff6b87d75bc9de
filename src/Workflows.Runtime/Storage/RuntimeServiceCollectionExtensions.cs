using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Persistence.Configuration;
using Workflows.Persistence.Modules;
using Workflows.Persistence.Rows;
using Workflows.Runtime.Clock;
using Workflows.Runtime.Common;
using Workflows.Runtime.Definitions.LocalizedNames;
using Workflows.Runtime.Definitions.Publishing;
using Workflows.Runtime.Durable;
using Workflows.Runtime.Forms;
using Workflows.Runtime.Jobs.FireJob;
using Workflows.Runtime.Migrations;
using Workflows.Runtime.Timers;

namespace Workflows.Runtime.Storage;

public static class RuntimeServiceCollectionExtensions
{
    /// <summary>The database of the configured provider, the durable engine and the command services.</summary>
    public static IServiceCollection AddWorkflowsRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseSettings.FromConfiguration(configuration);
        if (database.Provider == DatabaseProvider.Sqlite)
            SqliteFolder.EnsureExists(database.ConnectionString);
        services.AddSingleton(database);
        // Modules add their tables by registering an IModelContributor.
        // Features hook into saving (the mail dispatch is triggered after commit) by registering an IInterceptor.
        // Pooled: every command takes a context, so reusing them saves an allocation-heavy setup per command.
        services.AddDbContextPool<WorkflowsDbContext>((provider, options) => options
            .UseWorkflowsDatabase(database.Provider, database.ConnectionString, provider.GetServices<IInterceptor>(), database.SqliteDurability)
            .AddModelContributors(provider.GetServices<IModelContributor>()));

        // SQLite: one writer connection, commands committed in groups (see WriteGate).
        services.AddSingleton(provider => database.Provider == DatabaseProvider.Sqlite
            ? new WriteGate(serialize: true, () => WriterConnection.Open(provider))
            : new WriteGate(serialize: false));
        // SQLite: the reads a command makes before the write gate run on kept connections, their statements prepared.
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            services.AddSingleton(provider => new KeptReaders(() =>
            {
                var reader = WriterConnection.Open(provider);
                return (reader.Connection, reader);
            }));
        }
        services.TryAddSingleton<TimeProvider>(ZonedTimeProvider.FromConfiguration(configuration));
        services.AddScoped<OptimisticAttempt>();
        services.AddSingleton<DefinitionCache>();
        services.AddScoped<IDefinitionResolver, EfDefinitionResolver>();
        services.AddScoped<EnglishNames>();
        services.AddScoped<IServiceTaskDispatcher, MediatorServiceTaskDispatcher>();
        services.AddOptions<EngineLimits>().BindConfiguration(EngineLimits.Section);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<EngineLimits>>().Value);
        services.AddScoped<ProcessEngine>();
        services.AddScoped<EngineEventProjector>();
        services.AddScoped<EngineRunner>();
        services.AddScoped<DefinitionCheck>();
        services.AddScoped<DefinitionReferences>();
        services.AddScoped<PublicationProblems>();
        services.TryAddSingleton(CandidateGroups.Any);
        services.AddScoped<DefinitionPublisher>();
        services.AddScoped<FormPublisher>();
        services.AddScoped<FormPins>();
        services.AddScoped<MigrationVersions>();
        services.AddScoped<IJobKindHandler, TimerJobKindHandler>();
        AddValidators(services);
        return services;
    }

    private static void AddValidators(IServiceCollection services)
    {
        var validators = typeof(RuntimeServiceCollectionExtensions).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false })
            .SelectMany(type => type.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
                .Select(i => (Service: i, Implementation: type)));
        foreach (var (service, implementation) in validators)
            services.AddSingleton(service, implementation);
    }
}
