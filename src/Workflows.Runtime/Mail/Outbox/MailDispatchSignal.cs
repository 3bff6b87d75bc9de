using System.Threading.Channels;

namespace Workflows.Runtime.Mail.Outbox;

/// <summary>
/// The nudge a producer gives after its commit: a flag in this process's memory, no I/O, so the request answers without
/// waiting for anything and the nudge cannot fail it. Nudges coalesce: one waits at most, so a burst of commits wakes
/// <see cref="MailDispatchWakeUp"/> once more after the run under way, not once per commit. A process that runs no wake-up
/// (the CLI) leaves its rows to the recurring <see cref="MailDispatchJob"/>.
/// </summary>
public sealed class MailDispatchSignal : IMailDispatchTrigger
{
    private readonly Channel<bool> nudges = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void RequestDispatch() => nudges.Writer.TryWrite(true);

    /// <summary>Waits for a nudge and takes it: any nudge after this returns wakes the next wait.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken) => await nudges.Reader.ReadAsync(cancellationToken);
}
