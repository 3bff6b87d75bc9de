using System.CommandLine;

namespace Workflows.Cli.Verbs;

internal static class BenchVerb
{
    public static Command Create()
    {
        var command = new Command("bench", "(being built)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("bench: not available yet");
            return 1;
        });
        return command;
    }
}
