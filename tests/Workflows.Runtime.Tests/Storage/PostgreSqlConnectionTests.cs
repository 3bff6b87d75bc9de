using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Workflows.Persistence;
using Workflows.Persistence.Configuration;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Storage;

/// <summary>
/// A command's statements are prepared on the PostgreSQL connection it runs on and reused by the next commands of
/// that pooled connection, so the server parses and plans them once; a connection string's own choice wins.
/// </summary>
public sealed class PostgreSqlConnectionTests
{
    [Test]
    public async Task ShouldPrepareTheStatementsACommandRepeatsOnItsConnection()
    {
        await using var host = await RuntimeHost.StartAsync("PostgreSql");
        var started = new DateTimeOffset(2026, 11, 25, 1, 30, 0, TimeSpan.Zero);
        for (var i = 0; i < 3; i++)
        {
            // One at a time: the pool hands the same idle connection to each.
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            db.Add(new UserTaskRecord
            {
                Id = Guid.NewGuid(), InstanceId = Guid.NewGuid(), ExecutionId = Guid.NewGuid(), ActivityId = "review", Name = "Review",
                Status = UserTaskStatus.Open, DueAt = started.AddDays(5), Priority = 50, CreatedAt = started, BusinessKey = "JC-2026-001",
                DepartmentCode = "dept-a", DefinitionKey = "approval", DefinitionVersion = 1,
            });
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var prepared = await host.ReadAsync(db => db.Database.SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync());

        Assert.That(prepared, Has.Some.StartsWith("INSERT INTO user_tasks ("), "the row writer's INSERT, sent by each save, is prepared on the connection");
    }

    [Test]
    public void ShouldKeepWhatTheConnectionStringSets()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgreSqlConnection.Tuned("Host=db;Username=app"));
        var chosen = new NpgsqlConnectionStringBuilder(PostgreSqlConnection.Tuned("Host=db;Username=app;Max Auto Prepare=0;NoResetOnClose=false"));

        Assert.Multiple(() =>
        {
            Assert.That(tuned.MaxAutoPrepare, Is.EqualTo(PostgreSqlConnection.MaxAutoPrepare));
            Assert.That(tuned.AutoPrepareMinUsages, Is.EqualTo(PostgreSqlConnection.AutoPrepareMinUsages));
            Assert.That(tuned.NoResetOnClose, Is.True);
            Assert.That(chosen.MaxAutoPrepare, Is.Zero);
            Assert.That(chosen.NoResetOnClose, Is.False);
        });
    }
}
