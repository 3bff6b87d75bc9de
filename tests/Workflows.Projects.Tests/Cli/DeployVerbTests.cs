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
    public async Task ShouldNameTheFileLineAndElementOfEveryProblemPublishingRefuses()
    {
        await cli.RunAsync("db", "migrate");
        var unknownGroup = Path.Combine(definitions, "unknown-group.bpmn");
        var missingForm = Path.Combine(definitions, "missing-form.bpmn");
        File.WriteAllText(unknownGroup, OneTask("unknown-group", """camunda:candidateGroups="no-such-group" """));
        File.WriteAllText(missingForm, OneTask("missing-form", """camunda:candidateGroups="bureau" camunda:formKey="no-such-form" """));

        var (exitCode, output, error) = await cli.RunAsync("deploy", definitions);

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(lines, Has.Length.EqualTo(2), error);
        Assert.That(lines[0], Does.StartWith($"{missingForm}:6: check: ").And.Contains("no-such-form"));
        Assert.That(lines[1], Does.StartWith($"{unknownGroup}:6: check: ").And.Contains("no-such-group"));
    }

    /// <summary>A process whose one user task, <c>check</c> on line 6, carries <paramref name="attributes"/>.</summary>
    private static string OneTask(string key, string attributes) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://example.org">
          <process id="{key}" isExecutable="true">
            <startEvent id="start" />
            <sequenceFlow id="f1" sourceRef="start" targetRef="check" />
            <userTask id="check" name="Check" {attributes}/>
            <sequenceFlow id="f2" sourceRef="check" targetRef="done" />
            <endEvent id="done" />
          </process>
        </definitions>
        """;

    [Test]
    public async Task ShouldAskForMigrationsBeforeDeployingToAnEmptyDatabase()
    {
        var (exitCode, _, error) = await cli.RunAsync("deploy", definitions);

        Assert.That((exitCode, error.Trim()), Is.EqualTo((1, "the database schema is not up to date: run `workflows db migrate` first")));
    }
}
