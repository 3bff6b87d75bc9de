using System.CommandLine;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Cli.Hosting;
using Workflows.Runtime.Audit.VerifyAuditTrail;

namespace Workflows.Cli.Verbs;

/// <summary><c>workflows audit verify</c>: recomputes the SM3 hash chain of the audit trail; exit 1 names the first broken row.</summary>
internal static class AuditVerb
{
    public static Command Create()
    {
        var verify = new Command("verify", "Recompute the audit trail's SM3 hash chain and name the first broken row");
        verify.SetAction((_, cancellationToken) => UserErrors.RunAsync(() => VerifyAsync(cancellationToken)));
        var command = new Command("audit", "The append-only audit trail");
        command.Subcommands.Add(verify);
        return command;
    }

    private static async Task<int> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build();
        await MigrationGuard.EnsureMigratedAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new VerifyAuditTrail(), cancellationToken);
        if (!result.Intact)
        {
            Console.Error.WriteLine($"audit row {result.BrokenAt}: {result.Reason}");
            return 1;
        }

        Console.WriteLine($"audit trail intact: {result.Rows} rows");
        return 0;
    }
}
