using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Cli.Hosting;
using Workflows.Runtime.Storage;

namespace Workflows.Cli.Verbs;

/// <summary><c>workflows db migrate</c>: applies the migrations of the configured provider.</summary>
internal static class DbVerb
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply the database migrations of the configured provider (Database:Provider)");
        migrate.SetAction((_, cancellationToken) => UserErrors.RunAsync(() => MigrateAsync(cancellationToken)));
        var command = new Command("db", "Database maintenance");
        command.Subcommands.Add(migrate);
        return command;
    }

    private static async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build();
        var settings = services.GetRequiredService<DatabaseSettings>();
        var applied = await DatabaseMigrator.MigrateAsync(services, cancellationToken);
        Console.WriteLine(applied.Count == 0
            ? $"{settings.Provider}: database is up to date"
            : $"{settings.Provider}: applied {string.Join(", ", applied)}");
        return 0;
    }
}
