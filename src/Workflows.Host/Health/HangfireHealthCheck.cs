using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Workflows.Host.Health;

/// <summary>Healthy when the job storage answers and at least one server (this host's) is polling it.</summary>
public sealed class HangfireHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var monitoring = storage.GetMonitoringApi();
        var servers = monitoring.Servers().Count;
        var data = new Dictionary<string, object> { ["servers"] = servers, ["failedJobs"] = monitoring.FailedCount() };
        return Task.FromResult(servers > 0
            ? HealthCheckResult.Healthy("Job storage answers.", data)
            : HealthCheckResult.Degraded("No job server is running: timers will not fire.", data: data));
    }
}
