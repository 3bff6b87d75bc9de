using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Workflows.Runtime.Mail.Outbox;

/// <summary>
/// Enqueues a <see cref="MailDispatchJob"/>. The request is a nudge only: a process without Hangfire
/// (the CLI) or a storage hiccup leaves the rows to the recurring run, and never fails the producer.
/// The client is resolved on each request, not when the DbContext's interceptors are built: creating it opens
/// Hangfire's storage, which on a fresh PostgreSQL database must wait until migrations have run.
/// </summary>
internal sealed class HangfireMailDispatchTrigger(IServiceProvider services, ILogger<HangfireMailDispatchTrigger> logger) : IMailDispatchTrigger
{
    public void RequestDispatch()
    {
        try
        {
            services.GetService<IBackgroundJobClient>()?.Enqueue<MailDispatchJob>(job => job.RunAsync(CancellationToken.None));
        }
        catch (Exception error)
        {
            logger.LogWarning(error, "Could not request an immediate mail dispatch; the recurring run will send the mail");
        }
    }
}
