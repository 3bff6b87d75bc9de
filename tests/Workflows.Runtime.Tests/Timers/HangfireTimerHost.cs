using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Runtime.Tests.Support;
using Workflows.Runtime.Timers;

namespace Workflows.Runtime.Tests.Timers;

/// <summary>A host of the timer machinery with a real Hangfire server on real storage (a SQLite file, or the
/// PostgreSQL test database), polling Hangfire's storage every second and running the recurring timer poll as the
/// product registers it. Several hosts on one database act as a cluster.</summary>
public sealed class HangfireTimerHost : IAsyncDisposable
{
    private BackgroundJobServer? _server;

    public HangfireTimerHost(TestDatabase database, IJobKindHandler handler, int workerCount = 4)
    {
        QuietHangfireLog.Install();
        Storage = CreateStorage(database);
        WorkerCount = workerCount;
        Services = TimerServices.Build(database, TimeProvider.System, handler, services =>
        {
            services.AddSingleton(Storage);
            services.AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(Storage));
            services.AddSingleton<IRecurringJobManager>(new RecurringJobManager(Storage));
        });
    }

    public JobStorage Storage { get; }
    public ServiceProvider Services { get; }
    public int WorkerCount { get; }

    public void Start()
    {
        _server = new BackgroundJobServer(
            new BackgroundJobServerOptions
            {
                SchedulePollingInterval = TimeSpan.FromSeconds(1),
                WorkerCount = WorkerCount,
                // Workers blocked in a storage poll need not be waited for: the test is over.
                ShutdownTimeout = TimeSpan.FromSeconds(2),
                Activator = new AspNetCoreJobActivator(Services.GetRequiredService<IServiceScopeFactory>()),
            },
            Storage);
        ActivatorUtilities.CreateInstance<TimerPollRegistration>(Services).StartAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public void Stop()
    {
        _server?.Dispose();
        _server = null;
    }

    public async ValueTask DisposeAsync()
    {
        Stop();
        await Services.DisposeAsync();
    }

    private static JobStorage CreateStorage(TestDatabase database)
    {
        if (database.Provider == "Sqlite")
        {
            return new SQLiteStorage(Path.Combine(database.Directory, "hangfire.db"), new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
        }
        var options = new PostgreSqlStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1), PrepareSchemaIfNecessary = true };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, options), options);
    }
}
