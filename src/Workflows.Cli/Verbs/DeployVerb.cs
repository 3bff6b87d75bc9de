using System.CommandLine;

namespace Workflows.Cli.Verbs;

internal static class DeployVerb
{
    public static Command Create()
    {
        var command = new Command("deploy", "(being built)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("deploy: not available yet");
            return 1;
        });
        return command;
    }
}
