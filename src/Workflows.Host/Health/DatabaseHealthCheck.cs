using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Workflows.Persistence;

namespace Workflows.Host.Health;

/// <summary>Healthy when the configured database answers and has no pending migration.</summary>
public sealed class DatabaseHealthCheck(WorkflowsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        var data = new Dictionary<string, object> { ["provider"] = db.Database.ProviderName ?? "" };
        return pending.Count == 0
            ? HealthCheckResult.Healthy("The database answers.", data)
            : HealthCheckResult.Unhealthy($"Pending migrations: {string.Join(", ", pending)}", data: data);
    }
}
