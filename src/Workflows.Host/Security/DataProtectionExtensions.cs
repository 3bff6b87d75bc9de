using Microsoft.AspNetCore.DataProtection;
using Workflows.Persistence;

namespace Workflows.Host.Security;

/// <summary>
/// The key ring that protects sign-in cookies, bearer tokens and antiforgery tokens lives in the database, so
/// that a restart signs nobody out and every node sharing the database accepts the others' cookies and tokens.
/// The fixed application name makes nodes installed in different folders one application.
/// </summary>
public static class DataProtectionExtensions
{
    public const string ApplicationName = "Workflows";

    public static IServiceCollection AddWorkflowsDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<WorkflowsDbContext>();
        return services;
    }
}
