using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Common;
using Workflows.Runtime.Tests.Mail.Support;

namespace Workflows.Runtime.Tests.Mail;

/// <summary>
/// On SQLite the dispatcher's writes (claim, renewal, attempt, outcome) take their turns at the write gate as commands do,
/// instead of waiting for the file's write lock in SQLite's busy handler, which sleeps up to 100 ms between tries.
/// </summary>
public sealed class DispatcherWriteGateTests
{
    private WriteGate gate = null!;
    private string directory = null!;
    private MailTestHost host = null!;

    [SetUp]
    public async Task StartAsync()
    {
        gate = new WriteGate(serialize: true);
        directory = Path.Combine(Path.GetTempPath(), $"wf-mail-gate-{Guid.NewGuid():N}");
        host = await MailTestHost.StartAsync(new Dictionary<string, string?> { ["Mail:PickupDirectory"] = directory },
            configure: services => services.AddSingleton(gate));
    }

    [TearDown]
    public async Task StopAsync()
    {
        await host.DisposeAsync();
        gate.Dispose();
        if (Directory.Exists(directory))
            Directory.Delete(directory, recursive: true);
    }

    [Test]
    public async Task ShouldWaitForItsTurnAtTheWriteGateBeforeClaimingMail()
    {
        await host.EnqueueAsync(MailTestHost.Mail("test:gate"));
        var turn = await gate.EnterAsync(CancellationToken.None);
        var dispatch = host.DispatchAsync();

        // The dispatcher found the mail due and waits to claim it while another writer holds the gate.
        Assert.That(() => gate.Waiting, Is.EqualTo(1).After(5000, 10));
        Assert.That(dispatch.IsCompleted, Is.False);
        var claimedWhileWaiting = await host.InScopeAsync(services => services.GetRequiredService<WorkflowsDbContext>()
            .Set<MailOutboxMessage>().AnyAsync(message => message.LockOwner != null));
        turn!.Dispose();
        var delivered = await dispatch.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That((claimedWhileWaiting, delivered), Is.EqualTo((false, 1)));
    }
}
