using System.CommandLine;
using Workflows.Engine.Parsing;

namespace Workflows.Cli.Verbs;

/// <summary><c>workflows validate FILE...</c>: imports each BPMN file and prints its problems as <c>FILE:LINE: ELEMENT_ID: message</c>.</summary>
internal static class ValidateVerb
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "BPMN 2.0 files to validate",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Import and validate BPMN files against the executable subset") { files };
        command.SetAction(parseResult => Validate(parseResult.GetValue(files) ?? []));
        return command;
    }

    private static int Validate(string[] files)
    {
        var failed = false;
        foreach (var file in files)
            failed |= !ValidateFile(file);
        return failed ? 1 : 0;
    }

    private static bool ValidateFile(string file)
    {
        if (Directory.Exists(file))
        {
            Console.Error.WriteLine($"{file}: is a directory, not a BPMN file");
            return false;
        }
        ImportResult result;
        try
        {
            using var stream = File.OpenRead(file);
            result = BpmnImporter.Import(stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"{file}: cannot read: {exception.Message}");
            return false;
        }
        foreach (var problem in result.Problems)
            Console.Error.WriteLine($"{file}:{problem.Line}: {problem.ElementId ?? "-"}: {problem.Message}");
        if (result.IsValid)
            Console.WriteLine($"{file}: ok");
        return result.IsValid;
    }
}
