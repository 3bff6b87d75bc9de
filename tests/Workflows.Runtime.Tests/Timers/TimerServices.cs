using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Common;
using Workflows.Runtime.Tests.Support;
using Workflows.Runtime.Timers;

namespace Workflows.Runtime.Tests.Timers;

/// <summary>One "host" of the timer machinery over a test database: its own DI container, as a second
/// server process would have.</summary>
public static class TimerServices
{
    public static ServiceProvider Build(TestDatabase database, TimeProvider time, IJobKindHandler handler, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Timers:RetryBaseDelay"] = "00:00:30",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(time);
        services.AddSingleton<IJobKindHandler>(handler);
        // As AddWorkflowsRuntime does: SQLite writers of one process take turns.
        services.AddSingleton(new WriteGate(serialize: database.Provider == "Sqlite"));
        configure?.Invoke(services);
        services.AddDbContext<WorkflowsDbContext>(options => database.Configure(options));
        services.AddWorkflowsTimers(configuration);
        return services.BuildServiceProvider();
    }

    public static async Task CreateSchemaAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await PlatformHost.CreateSchemaAsync(scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>());
    }

    public static async Task<Guid> AddTimerAsync(IServiceProvider services, DateTimeOffset dueAt, DateTimeOffset now)
    {
        var job = new JobRecord
        {
            Id = Guid.NewGuid(),
            Kind = JobKind.Timer,
            InstanceId = Guid.NewGuid(),
            ExecutionId = Guid.NewGuid(),
            ActivityId = "timer",
            DueAt = dueAt,
            Status = JobStatus.Pending,
            CreatedAt = now,
        };
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        db.Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    }

    /// <summary>Fires what is due on this host's clock, as a run of the timer poll does; the number fired.</summary>
    public static Task<int> FireDueAsync(IServiceProvider services) =>
        services.GetRequiredService<TimerJobRunner>().FireDueAsync(CancellationToken.None);

    public static async Task<JobRecord> LoadAsync(IServiceProvider services, Guid jobId)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<JobRecord>().AsNoTracking().SingleAsync(job => job.Id == jobId);
    }
}
