using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Runtime.Common;

namespace Workflows.Projects;

/// <summary>
/// The mediator's whole setup. Scoped, so handlers share the request's DbContext; validation runs before
/// the transaction opens, so a bad request never touches the database.
/// </summary>
internal static class MediatorConfig
{
    public static IServiceCollection AddWorkflowsMediator(this IServiceCollection services) =>
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(ValidationBehavior<,>), typeof(TransactionBehavior<,>)];
        });
}
