using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Cli.Users;
using Workflows.Persistence;
using Workflows.Persistence.Identity;
using Workflows.Projects;

namespace Workflows.Cli.Hosting;

/// <summary>The services a verb runs on: <c>appsettings.json</c> beside the program, then environment variables
/// (<c>Database__Provider=PostgreSql</c>, <c>ConnectionStrings__Workflows=...</c>), then the verb's overrides.</summary>
internal static class CliServices
{
    /// <param name="identity">Also Identity's user and role managers, with the host's password policy (<c>workflows user</c>).</param>
    /// <param name="configure">The verb's own services, such as the benchmark's statement counters.</param>
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?>? overrides = null, bool identity = false, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddWorkflows(configuration);
        if (identity)
        {
            // The command line serves production installs: the published demo password is refused.
            services.AddIdentityCore<WorkflowsUser>()
                .AddRoles<WorkflowsRole>()
                .AddEntityFrameworkStores<WorkflowsDbContext>()
                .AddWorkflowsPasswordPolicy(allowDemoPassword: false);
            services.AddScoped<UserCreator>();
        }
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
