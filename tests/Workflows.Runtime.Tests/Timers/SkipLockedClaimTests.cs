using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using NUnit.Framework;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Timers;

namespace Workflows.Runtime.Tests.Timers;

/// <summary>On PostgreSQL pollers of several nodes claim side by side: a poller passes over the rows another one is
/// claiming at that moment instead of waiting for its statement to finish.</summary>
public sealed class SkipLockedClaimTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 9, 1, 0, 0, TimeSpan.Zero);

    private TestDatabase _database = null!;
    private RecordingJobHandler _handler = null!;
    private ServiceProvider _services = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _database = TestDatabase.Create("PostgreSql");
        _handler = new RecordingJobHandler();
        _services = TimerServices.Build(_database, new FakeTimeProvider(Now), _handler);
        await TimerServices.CreateSchemaAsync(_services);
    }

    [TearDown]
    public async Task DropDatabase()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Test]
    public async Task ShouldFireTheOtherDueJobsWhileAnotherPollerHoldsTheSoonestRows()
    {
        var jobIds = new List<Guid>();
        for (var i = 0; i < 30; i++)
            jobIds.Add(await TimerServices.AddTimerAsync(_services, Now.AddSeconds(-30 + i), Now.AddMinutes(-1)));
        // Another poller's claim statement, caught while it holds the ten soonest rows.
        await using var other = new NpgsqlConnection(_database.ConnectionString);
        await other.OpenAsync();
        await using var claiming = await other.BeginTransactionAsync();
        await using (var lockRows = new NpgsqlCommand("SELECT id FROM jobs ORDER BY due_at LIMIT 10 FOR UPDATE", other, claiming))
            await lockRows.ExecuteNonQueryAsync();

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var fired = await _services.GetRequiredService<TimerJobRunner>().FireDueAsync(patience.Token);
        await claiming.RollbackAsync();

        Assert.That((fired, jobIds.Take(10).Any(_handler.Fired.ContainsKey), jobIds.Skip(10).All(_handler.Fired.ContainsKey)), Is.EqualTo((20, false, true)));
        Assert.That((await TimerServices.LoadAsync(_services, jobIds[0])).Status, Is.EqualTo(JobStatus.Pending));
    }
}
