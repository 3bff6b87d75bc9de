using System.Runtime.CompilerServices;

namespace Workflows.Runtime.Tests.Timers;

/// <summary>Folders of the source checkout, found from this file's path: the test binaries live elsewhere (WF_ARTIFACTS).</summary>
public static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string Workflows => Path.Combine(Root, "workflows");

    public static string Calendars => Path.Combine(Workflows, "calendars");

    private static string FindRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
