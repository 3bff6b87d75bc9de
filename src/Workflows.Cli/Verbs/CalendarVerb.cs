using System.CommandLine;

namespace Workflows.Cli.Verbs;

internal static class CalendarVerb
{
    public static Command Create()
    {
        var command = new Command("calendar", "(being built)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("calendar: not available yet");
            return 1;
        });
        return command;
    }
}
