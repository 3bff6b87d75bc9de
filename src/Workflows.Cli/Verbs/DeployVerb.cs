using System.CommandLine;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Cli.Hosting;
using Workflows.Runtime.Definitions.DeployDirectory;

namespace Workflows.Cli.Verbs;

/// <summary><c>workflows deploy DIR</c>: publishes the changed definitions and forms of a folder, all or nothing.</summary>
internal static class DeployVerb
{
    public static Command Create()
    {
        var directory = new Argument<string>("DIR") { Description = "Folder with *.bpmn files and forms/*.form schemas" };
        var command = new Command("deploy", "Deploy the definitions and forms of a folder as new versions where they changed") { directory };
        command.SetAction((parseResult, cancellationToken) =>
            UserErrors.RunAsync(() => DeployAsync(parseResult.GetValue(directory)!, cancellationToken)));
        return command;
    }

    private static async Task<int> DeployAsync(string directory, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build();
        await MigrationGuard.EnsureMigratedAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var deployed = await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new DeployDirectory(directory, Actor: Environment.UserName), cancellationToken);
        foreach (var file in deployed)
        {
            var name = file.Kind == "form" ? $"form {file.Outcome.Key}" : file.Outcome.Key;
            Console.WriteLine(file.Outcome.Published ? $"{name}: version {file.Outcome.Version} published" : $"{name}: unchanged");
        }
        return 0;
    }
}
