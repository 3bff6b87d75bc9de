using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Projects;

namespace Workflows.Cli.Hosting;

/// <summary>The services a verb runs on: <c>appsettings.json</c> beside the program, then environment variables
/// (<c>Database__Provider=PostgreSql</c>, <c>ConnectionStrings__Workflows=...</c>), then the verb's overrides.</summary>
internal static class CliServices
{
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?>? overrides = null)
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
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
