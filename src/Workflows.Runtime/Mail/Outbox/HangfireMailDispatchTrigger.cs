using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Workflows.Runtime.Mail.Outbox;

/// <summary>
/// Enqueues a <see cref="MailDispatchJob"/>. The request is a nudge only: a process without Hangfire
/// (the CLI) or a storage hiccup leaves the rows to the recurring run, and never fails the producer.
/// The client is resolved on each request, not when the DbContext's interceptors are built: creating it opens
/// Hangfire's storage, which on a fresh PostgreSQL database must wait until migrations have run.
/// <para>
/// The producer does not wait for the enqueue: writing a Hangfire job is a transaction of its own in Hangfire's storage
/// (on SQLite a file of its own, synced), which took a task completion over HTTP from ~15 to ~40 ms at the median. One
/// enqueue runs at a time, off the producer's thread; requests that arrive meanwhile share the next one, which starts
/// after all of them, so every committed mail is followed by a dispatch that starts after its commit.
/// </para>
/// </summary>
internal sealed class HangfireMailDispatchTrigger(IServiceProvider services, ILogger<HangfireMailDispatchTrigger> logger) : IMailDispatchTrigger
{
    // 1 while a request waits for an enqueue that has not started yet.
    private int requested;
    // 1 while the pump below runs.
    private int pumping;

    public void RequestDispatch()
    {
        Volatile.Write(ref requested, 1);
        if (Interlocked.CompareExchange(ref pumping, 1, 0) == 0)
            _ = Task.Run(Pump);
    }

    private void Pump()
    {
        while (true)
        {
            while (Interlocked.Exchange(ref requested, 0) == 1)
                Enqueue();
            Volatile.Write(ref pumping, 0);
            // A request between the last check and leaving found the pump running: take it on unless another pump did.
            if (Volatile.Read(ref requested) == 0 || Interlocked.CompareExchange(ref pumping, 1, 0) != 0)
                return;
        }
    }

    private void Enqueue()
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
