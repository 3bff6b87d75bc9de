using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Cli;

public sealed class DeployVerbTests
{
    private string folder = null!;
    private string definitions = null!;
    private CliProcess cli = null!;

    [SetUp]
    public void CreateFolders()
    {
        folder = Path.Combine(Path.GetTempPath(), "workflows-cli-" + Guid.NewGuid().ToString("N"));
        definitions = Path.Combine(folder, "workflows");
        Directory.CreateDirectory(Path.Combine(definitions, "forms"));
        File.Copy(Path.Combine(TestAssets.Folder, "approval.bpmn"), Path.Combine(definitions, "approval.bpmn"));
        File.WriteAllText(Path.Combine(definitions, "forms", "review.form"), """{ "type": "default", "components": [] }""");
        cli = new CliProcess(Path.Combine(folder, "workflows.db"));
    }

    [TearDown]
    public void DeleteFolders() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task ShouldPrintThePublishedVersionOfEachFile()
    {
        await cli.RunAsync("db", "migrate");

        var (exitCode, output, _) = await cli.RunAsync("deploy", definitions);

        Assert.That((exitCode, output.Split('\n', StringSplitOptions.RemoveEmptyEntries)),
            Is.EqualTo((0, new[] { "approval: version 1 published", "form review: version 1 published" })));
    }

    [Test]
    public async Task ShouldPrintUnchangedWhenTheFolderIsDeployedAgain()
    {
        await cli.RunAsync("db", "migrate");
        await cli.RunAsync("deploy", definitions);

        var (exitCode, output, _) = await cli.RunAsync("deploy", definitions);

        Assert.That((exitCode, output.Split('\n', StringSplitOptions.RemoveEmptyEntries)),
            Is.EqualTo((0, new[] { "approval: unchanged", "form review: unchanged" })));
    }

    [Test]
    public async Task ShouldExitWithOneLinePerProblemOfAnInvalidFile()
    {
        await cli.RunAsync("db", "migrate");
        File.Copy(Path.Combine(TestAssets.Folder, "invalid.bpmn"), Path.Combine(definitions, "invalid.bpmn"));

        var (exitCode, _, error) = await cli.RunAsync("deploy", definitions);

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That((exitCode, lines.All(line => line.StartsWith(Path.Combine(definitions, "invalid.bpmn") + ":", StringComparison.Ordinal))),
            Is.EqualTo((1, true)));
    }

    [Test]
    public async Task ShouldAskForMigrationsBeforeDeployingToAnEmptyDatabase()
    {
        var (exitCode, _, error) = await cli.RunAsync("deploy", definitions);

        Assert.That((exitCode, error.Trim()), Is.EqualTo((1, "the database schema is not up to date: run `workflows db migrate` first")));
    }
}
