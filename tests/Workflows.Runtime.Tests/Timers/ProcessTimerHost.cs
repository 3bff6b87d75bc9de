using Hangfire;
using Hangfire.AspNetCore;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Runtime.Definitions.PublishDefinition;
using Workflows.Runtime.Definitions.SaveDraft;
using Workflows.Runtime.Tests.Support;
using Workflows.Runtime.Timers;

namespace Workflows.Runtime.Tests.Timers;

/// <summary>
/// The platform's composition (<see cref="PlatformHost"/>) on a fresh test database with a real Hangfire
/// server on real storage, polling every second, and the recurring timer poll: timers of published processes fire in real seconds.
/// </summary>
public sealed class ProcessTimerHost : IAsyncDisposable
{
    private readonly BackgroundJobServer server;

    private ProcessTimerHost(ServiceProvider services, JobStorage storage)
    {
        Services = services;
        server = new BackgroundJobServer(
            new BackgroundJobServerOptions
            {
                SchedulePollingInterval = TimeSpan.FromSeconds(1),
                WorkerCount = 4,
                ShutdownTimeout = TimeSpan.FromSeconds(2),
                Activator = new AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()),
            },
            storage);
        ActivatorUtilities.CreateInstance<TimerPollRegistration>(services).StartAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public ServiceProvider Services { get; }

    public static async Task<ProcessTimerHost> StartAsync(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = database.Provider,
                ["ConnectionStrings:Workflows"] = database.ConnectionString,
                ["Calendar:Directory"] = RepositoryFolders.Calendars,
                ["Mail:PickupDirectory"] = Path.Combine(database.Directory, "mail"),
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddPlatformForTests(configuration);
        var provider = services.BuildServiceProvider();
        await PlatformHost.CreateSchemaAsync(provider);
        QuietHangfireLog.Install();
        // Hangfire.PostgreSql's storage must open once the database exists: its initializer otherwise retries for about 30 s.
        return new ProcessTimerHost(provider, provider.GetRequiredService<JobStorage>());
    }

    public async Task PublishAsync(string key, string xml)
    {
        await SendAsync(new SaveDraft(key, xml, "admin"));
        await SendAsync(new PublishDefinition(key, Actor: "admin"));
    }

    public async Task<T> SendAsync<T>(ICommand<T> command)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    public async Task<T> ReadAsync<T>(Func<WorkflowsDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await read(db);
    }

    public async ValueTask DisposeAsync()
    {
        server.Dispose();
        await Services.DisposeAsync();
    }
}
