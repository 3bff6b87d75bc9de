namespace Workflows.Host.Tests.Infrastructure;

/// <summary>The checkout the tests run from, for tests that read the shipped sources (forms, lint rules, dictionaries).</summary>
internal static class RepositoryFolder
{
    public static readonly string Root = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Workflows.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new DirectoryNotFoundException("Workflows.sln not found above the test binaries.");
    }
}
