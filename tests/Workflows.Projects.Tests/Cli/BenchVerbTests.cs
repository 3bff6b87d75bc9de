using System.Text.Json;

namespace Workflows.Projects.Tests.Cli;

/// <summary>
/// <c>workflows bench --databases</c> picks the database runs, so that a long run of one provider (100,000 instances on
/// PostgreSQL) does not first spend as long on the other.
/// </summary>
public sealed class BenchVerbTests
{
    private const string OneTask = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="https://jiaocheng.gov.cn/workflows/tests">
          <process id="bench-one-task" isExecutable="true">
            <startEvent id="start" />
            <sequenceFlow id="toReview" sourceRef="start" targetRef="review" />
            <userTask id="review" />
            <sequenceFlow id="toEnd" sourceRef="review" targetRef="end" />
            <endEvent id="end" />
          </process>
        </definitions>
        """;

    private string folder = null!;
    private string model = null!;
    private CliProcess cli = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Directory.CreateTempSubdirectory("workflows-cli-bench-").FullName;
        cli = new CliProcess(Path.Combine(folder, "workflows.db"));
        model = Path.Combine(folder, "one-task.bpmn");
        File.WriteAllText(model, OneTask);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task ShouldRunOnlyTheDatabasesAskedFor()
    {
        var (exitCode, output, error) = await cli.RunAsync(
            "bench", "--file", model, "--instances", "20", "--durable-instances", "5", "--databases", "sqlite", "--postgres", "Host=127.0.0.1;Port=1");

        Assert.That(exitCode, Is.Zero, error);
        var keys = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(line => JsonDocument.Parse(line).RootElement.EnumerateObject().Select(property => property.Name)).ToList();
        Assert.That(keys, Does.Contain("sqliteInstancesPerSec").And.Contain("inMemoryInstancesPerSec").And.Contain("rssMB"));
        Assert.That(keys.Where(key => key.StartsWith("postgres", StringComparison.Ordinal)), Is.Empty);
    }

    [TestCase("postgres", "--postgres")]
    [TestCase("mysql", "sqlite, postgres")]
    public async Task ShouldRefuseDatabaseRunsItCannotMake(string databases, string message)
    {
        var (exitCode, output, error) = await cli.RunAsync("bench", "--file", model, "--instances", "20", "--databases", databases);

        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(error, Does.Contain(message));
    }
}
