namespace Workflows.Projects.Tests.Cli;

/// <summary>A fresh folder per test, holding the SQLite file the <c>workflows</c> command under test runs against.</summary>
public abstract class CliFolderFixture(string prefix)
{
    protected string Folder { get; private set; } = null!;
    protected CliProcess Cli { get; private set; } = null!;

    [SetUp]
    public void CreateFolder()
    {
        Folder = Directory.CreateTempSubdirectory(prefix).FullName;
        Cli = new CliProcess(Path.Combine(Folder, "workflows.db"));
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(Folder, recursive: true);
}
