using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Runtime.Tests.Timers;

namespace Workflows.Runtime.Tests.Support;

/// <summary>
/// A composition root over a fresh test database of one provider: the platform alone (<see cref="PlatformHost"/>) or,
/// from Workflows.Projects.Tests, the product with its modules over the shipped migrations.
/// Every command runs in its own scope, as one HTTP request would.
/// </summary>
public sealed class RuntimeHost : IAsyncDisposable
{
    private readonly TestDatabase database;

    private RuntimeHost(TestDatabase database, ServiceProvider services)
    {
        this.database = database;
        Services = services;
    }

    public ServiceProvider Services { get; }
    public FakeTimeProvider Time => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();
    public FlakySwitch Flaky => Services.GetRequiredService<FlakySwitch>();

    public static Task<RuntimeHost> StartAsync(string provider) =>
        StartAsync(provider, (services, configuration) => services.AddPlatformForTests(configuration), PlatformHost.CreateSchemaAsync);

    public static async Task<RuntimeHost> StartAsync(
        string provider, Action<IServiceCollection, IConfiguration> compose, Func<IServiceProvider, Task> createSchema)
    {
        var database = TestDatabase.Create(provider);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider,
                ["ConnectionStrings:Workflows"] = database.ConnectionString,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero)));
        services.AddSingleton<FlakySwitch>();
        services.AddScoped<IServiceTaskHandler, FlakyServiceTask>();
        compose(services, configuration);
        var host = new RuntimeHost(database, services.BuildServiceProvider());
        await createSchema(host.Services);
        return host;
    }

    public async Task<T> SendAsync<T>(ICommand<T> command)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    /// <summary>Sends a request that runs commands of its own, such as a migration of many instances.</summary>
    public async Task<T> RequestAsync<T>(IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(request);
    }

    public async Task<T> QueryAsync<T>(IQuery<T> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    public async Task<T> ReadAsync<T>(Func<WorkflowsDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>());
    }

    /// <summary>Empties every table of the model, so each test starts from an empty database.</summary>
    public async Task ResetAsync()
    {
        Flaky.Broken = false;
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
        if (database.Provider == "Sqlite")
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;");
            foreach (var delete in tables.Select(table => $"DELETE FROM \"{table}\";"))
                await db.Database.ExecuteSqlRawAsync(delete);
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON;");
        }
        else
        {
            var truncate = $"TRUNCATE TABLE {string.Join(", ", tables.Select(t => $"\"{t}\""))} RESTART IDENTITY CASCADE;";
            await db.Database.ExecuteSqlRawAsync(truncate);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await database.DisposeAsync();
    }
}
