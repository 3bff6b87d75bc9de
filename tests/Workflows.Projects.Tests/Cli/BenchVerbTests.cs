using System.Text.Json;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Cli;

/// <summary>
/// <c>workflows bench --databases</c> picks the database runs, so that a long run of one provider (100,000 instances on
/// PostgreSQL) does not first spend as long on the other.
/// </summary>
public sealed class BenchVerbTests() : CliFolderFixture("workflows-cli-bench-")
{
    private static readonly string Model = Path.Combine(TestAssets.Folder, "approval.bpmn");

    [Test]
    public async Task ShouldRunOnlyTheDatabasesAskedFor()
    {
        var (exitCode, output, error) = await Cli.RunAsync(
            "bench", "--file", Model, "--instances", "20", "--durable-instances", "5", "--databases", "sqlite", "--postgres", "Host=127.0.0.1;Port=1");

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
        var (exitCode, output, error) = await Cli.RunAsync("bench", "--file", Model, "--instances", "20", "--databases", databases);

        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(error, Does.Contain(message));
    }
}
