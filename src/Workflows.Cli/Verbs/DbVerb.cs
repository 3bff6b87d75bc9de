using System.CommandLine;

namespace Workflows.Cli.Verbs;

internal static class DbVerb
{
    public static Command Create()
    {
        var command = new Command("db", "(being built)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("db: not available yet");
            return 1;
        });
        return command;
    }
}
