using Mediator;
using Workflows.Projects.Security.Commands.RemindMonitoringGaps;

namespace Workflows.Projects.Security.Monitoring;

/// <summary>
/// The daily art. 36 reminder of systems whose monitoring misses working days; running it again the same day reminds nobody twice.
/// </summary>
public sealed class MonitoringReminderJob(ISender sender)
{
    public const string RecurringJobId = "monitoring-gap-reminder";

    /// <summary>Every day at 08:50 county time, before the working day's checks; the command skips days off.</summary>
    public const string Schedule = "50 8 * * *";

    public async Task<int> RunAsync(CancellationToken cancellationToken) => await sender.Send(new RemindMonitoringGaps(), cancellationToken);
}
