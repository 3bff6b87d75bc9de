using System.CommandLine;
using Workflows.Engine.Parsing;

namespace Workflows.Cli.Verbs;

/// <summary><c>workflows validate [--strict] FILE...</c>: imports each BPMN file and prints its problems as
/// <c>FILE:LINE: ELEMENT_ID: message</c> and its warnings (what the engine ignores) as
/// <c>FILE:LINE: ELEMENT_ID: warning: message</c>. Warnings fail the file only with <c>--strict</c>.</summary>
internal static class ValidateVerb
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "BPMN 2.0 files to validate",
            Arity = ArgumentArity.OneOrMore,
        };
        var strict = new Option<bool>("--strict")
        {
            Description = "Treat warnings (constructs the engine reads but ignores) as problems",
        };
        var command = new Command("validate", "Import and validate BPMN files against the executable subset") { files, strict };
        command.SetAction(parseResult => Validate(parseResult.GetValue(files) ?? [], parseResult.GetValue(strict)));
        return command;
    }

    private static int Validate(string[] files, bool strict)
    {
        var failed = false;
        foreach (var file in files)
            failed |= !ValidateFile(file, strict);
        return failed ? 1 : 0;
    }

    private static bool ValidateFile(string file, bool strict)
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
        foreach (var warning in result.Warnings)
            Console.Error.WriteLine($"{file}:{warning.Line}: {warning.ElementId ?? "-"}: warning: {warning.Message}");
        var valid = result.IsValid && !(strict && result.Warnings.Count > 0);
        if (valid)
            Console.WriteLine(result.Warnings.Count == 0 ? $"{file}: ok" : $"{file}: ok ({result.Warnings.Count} warnings)");
        return valid;
    }
}
