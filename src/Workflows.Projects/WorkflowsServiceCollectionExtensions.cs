using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Runtime.Storage;

namespace Workflows.Projects;

public static class WorkflowsServiceCollectionExtensions
{
    /// <summary>Everything the host and the CLI share: the platform, the mediator and the measures' module.</summary>
    public static IServiceCollection AddWorkflows(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkflowsPlatform(configuration);
        services.AddWorkflowsMediator();
        services.AddWorkflowsProjects();
        return services;
    }
}
