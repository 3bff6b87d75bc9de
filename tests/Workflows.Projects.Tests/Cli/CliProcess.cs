using System.Diagnostics;

namespace Workflows.Projects.Tests.Cli;

/// <summary>Runs the built <c>workflows</c> command (Workflows.Cli.dll beside the tests) against a SQLite file.</summary>
public sealed class CliProcess(string databaseFile)
{
    public Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments) => RunWithInputAsync("", arguments);

    /// <summary>Runs the command with <paramref name="input"/> on its standard input (a password piped in).</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string input, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(databaseFile)!,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Workflows.Cli.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Workflows"] = $"Data Source={databaseFile}";
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
