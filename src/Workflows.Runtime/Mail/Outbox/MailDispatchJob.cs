using Hangfire;

namespace Workflows.Runtime.Mail.Outbox;

/// <summary>
/// The Hangfire entry point of the dispatcher: a recurring run every 15 seconds, on one node, which sends what the
/// <see cref="MailDispatchWakeUp"/> of the committing node did not (the CLI's rows, rows left by a crash, retries).
/// Failures are recorded on the outbox rows, so Hangfire itself never retries.
/// </summary>
public sealed class MailDispatchJob(MailDispatcher dispatcher)
{
    public const string RecurringJobId = "mail-dispatch";
    public const string EveryFifteenSeconds = "*/15 * * * * *";

    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken cancellationToken) => dispatcher.DispatchDueAsync(cancellationToken);
}
