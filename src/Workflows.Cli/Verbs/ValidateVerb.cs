using System.CommandLine;

namespace Workflows.Cli.Verbs;

internal static class ValidateVerb
{
    public static Command Create()
    {
        var command = new Command("validate", "(being built)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("validate: not available yet");
            return 1;
        });
        return command;
    }
}
