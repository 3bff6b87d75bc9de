using Mediator;
using Workflows.Projects.Supervision.Commands.NoticeDelayedAcceptances;

namespace Workflows.Projects.Supervision.Deadlines;

/// <summary>
/// The daily art. 28 check for projects whose planned completion date passed without completion acceptance; running it
/// again notices nothing twice (one notice per project and planned date, mails keyed by the notice).
/// </summary>
public sealed class DelayedAcceptanceJob(ISender sender)
{
    public const string RecurringJobId = "delayed-acceptance-check";

    /// <summary>Every day at 08:30 county time, before the morning digest; a missed day is caught up by the next run.</summary>
    public const string Schedule = "30 8 * * *";

    /// <summary>Notices the delays found now and returns how many were new.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken) => await sender.Send(new NoticeDelayedAcceptances(), cancellationToken);
}
