using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Workflows.Persistence.Rows;

namespace Workflows.Cli.Bench;

/// <summary>
/// Counts the round trips to PostgreSQL: Npgsql reports each command or batch it executes as an activity (its
/// <c>BEGIN</c> travels with the first of them), and each commit or rollback is one more, unless the commit went in
/// the batch of the command's rows.
/// </summary>
internal sealed class PostgresRoundTripCounter : DbTransactionInterceptor, IDisposable
{
    private readonly StatementCounter counter;
    private readonly ActivityListener listener;

    public PostgresRoundTripCounter(StatementCounter counter)
    {
        this.counter = counter;
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            // Propagation only: the activity is created and stopped, so it counts, but Npgsql records no tags on it
            // (the statement's text among them), work a host without a listener never does.
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
            ActivityStopped = _ => counter.Add(),
        };
        ActivitySource.AddActivityListener(listener);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // A COMMIT sent with the command's rows travelled in their batch, counted already.
        if (!CommitWithRows.CommittedWithRows(eventData.Context))
            counter.Add();
        return Task.CompletedTask;
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        counter.Add();
        return Task.CompletedTask;
    }

    public void Dispose() => listener.Dispose();
}
