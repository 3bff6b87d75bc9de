using Microsoft.EntityFrameworkCore;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Common;
using Workflows.Runtime.Definitions.PublishDefinition;
using Workflows.Runtime.Definitions.SaveDraft;
using Workflows.Runtime.Instances.StartInstance;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Storage;

/// <summary>
/// On PostgreSQL a command the server rolls back as a deadlock victim at its commit (the deferred counter triggers
/// lock counter rows there) is run again rather than failed: it commits once, whole.
/// </summary>
public sealed class DeadlockRetryTests
{
    [Test]
    public async Task ShouldRunAStartTheServerRolledBackAsADeadlockVictimAgainAndKeepItOnce()
    {
        await using var host = await RuntimeHost.StartAsync("PostgreSql");
        await host.SendAsync(new SaveDraft("approval", TestAssets.Read("approval.bpmn"), "admin"));
        await host.SendAsync(new PublishDefinition("approval", Actor: "admin"));
        // The first commit that opens a task fails as a deadlock victim would: at the commit, with SQLSTATE 40P01.
        // A sequence counts the commits tried, since everything else of the failed transaction is rolled back.
        await host.ReadAsync(db => db.Database.ExecuteSqlRawAsync("""
            CREATE SEQUENCE deadlock_probe;
            CREATE FUNCTION deadlock_probe() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF nextval('deadlock_probe') = 1 THEN
                    RAISE EXCEPTION 'deadlock detected (probe)' USING ERRCODE = 'deadlock_detected';
                END IF;
                RETURN NULL;
            END $$;
            CREATE CONSTRAINT TRIGGER deadlock_probe AFTER INSERT ON user_tasks DEFERRABLE INITIALLY DEFERRED
                FOR EACH ROW EXECUTE FUNCTION deadlock_probe();
            """));
        try
        {
            var started = await host.SendAsync(new StartInstance("approval", Actor: "clerk"));

            var tasks = await host.ReadAsync(db => db.Set<UserTaskRecord>().Where(t => t.InstanceId == started.InstanceId).CountAsync());
            var tries = await host.ReadAsync(db => db.Database.SqlQueryRaw<long>("SELECT last_value AS \"Value\" FROM deadlock_probe").SingleAsync());
            Assert.Multiple(() =>
            {
                Assert.That(tries, Is.EqualTo(2), "the first commit failed and the command ran once more");
                Assert.That(tasks, Is.EqualTo(1), "the instance's first task stands once");
            });
        }
        finally
        {
            await host.ReadAsync(db => db.Database.ExecuteSqlRawAsync(
                "DROP TRIGGER deadlock_probe ON user_tasks; DROP FUNCTION deadlock_probe(); DROP SEQUENCE deadlock_probe;"));
        }
    }

    [Test]
    public async Task ShouldAnswerAConflictAndKeepNothingWhenEveryRunIsADeadlockVictim()
    {
        await using var host = await RuntimeHost.StartAsync("PostgreSql");
        await host.SendAsync(new SaveDraft("approval", TestAssets.Read("approval.bpmn"), "admin"));
        await host.SendAsync(new PublishDefinition("approval", Actor: "admin"));
        await host.ReadAsync(db => db.Database.ExecuteSqlRawAsync("""
            CREATE FUNCTION deadlock_always() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'deadlock detected (probe)' USING ERRCODE = 'deadlock_detected';
            END $$;
            CREATE CONSTRAINT TRIGGER deadlock_always AFTER INSERT ON user_tasks DEFERRABLE INITIALLY DEFERRED
                FOR EACH ROW EXECUTE FUNCTION deadlock_always();
            """));
        try
        {
            Assert.That(() => host.SendAsync(new StartInstance("approval", Actor: "clerk")), Throws.InstanceOf<ConcurrencyConflictException>());
            Assert.That(await host.ReadAsync(db => db.Set<UserTaskRecord>().CountAsync()), Is.Zero, "no run of the start was kept");
        }
        finally
        {
            await host.ReadAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER deadlock_always ON user_tasks; DROP FUNCTION deadlock_always();"));
        }
    }
}
