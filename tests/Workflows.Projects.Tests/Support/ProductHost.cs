using Microsoft.Extensions.DependencyInjection;
using Workflows.Projects;
using Workflows.Runtime.Storage;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Support;

/// <summary>The product's composition root (<c>AddWorkflows</c>: platform, mediator, the measures' module) over the shipped migrations.</summary>
public static class ProductHost
{
    public static Task<RuntimeHost> StartAsync(string provider) =>
        RuntimeHost.StartAsync(
            provider,
            (services, configuration) => services.AddWorkflows(configuration),
            async services => await DatabaseMigrator.MigrateAsync(services));
}
