namespace Workflows.Projects.Tests.Cli;

/// <summary>
/// Inputs that overflowed the stack of the expression parser or its evaluation: they run in a child process,
/// so that without the nesting limit the child dies, not the test run.
/// </summary>
public sealed class ValidateVerbTests() : CliFolderFixture("workflows-cli-validate-")
{
    [Test]
    public async Task ShouldReportAConditionNestedTenThousandDeepOnItsFlow()
    {
        var file = WriteProcess("${" + new string('(', 10_000) + "true" + new string(')', 10_000) + "}");

        var (exitCode, _, error) = await Cli.RunAsync("validate", file);

        Assert.That(exitCode, Is.EqualTo(1), error);
        Assert.That(error, Does.Contain(": toEnd: ").And.Contain("nested deeper than 100 levels"));
    }

    [Test]
    public async Task ShouldReportAHundredThousandNotsOnTheirFlow()
    {
        var file = WriteProcess("${" + new string('!', 100_000) + "true}");

        var (exitCode, _, error) = await Cli.RunAsync("validate", file);

        Assert.That(exitCode, Is.EqualTo(1), error);
        Assert.That(error, Does.Contain(": toEnd: ").And.Contain("nested deeper than 100 levels"));
    }

    [Test]
    public async Task ShouldPrintWarningsAndAcceptTheFile()
    {
        var file = WriteImplicitEnd();

        var (exitCode, output, error) = await Cli.RunAsync("validate", file);

        Assert.That(exitCode, Is.EqualTo(0), error);
        Assert.That(error, Does.Contain($"{file}:5: work: warning: no outgoing sequence flow"));
        Assert.That(output, Does.Contain($"{file}: ok (1 warnings)"));
    }

    [Test]
    public async Task ShouldRefuseAFileWithWarningsWhenStrict()
    {
        var file = WriteImplicitEnd();

        var (exitCode, output, error) = await Cli.RunAsync("validate", "--strict", file);

        Assert.That(exitCode, Is.EqualTo(1), error);
        Assert.That(error, Does.Contain($"{file}:5: work: warning: no outgoing sequence flow"));
        Assert.That(output, Does.Not.Contain(": ok"));
    }

    private string WriteImplicitEnd()
    {
        var file = Path.Combine(Folder, "implicit-end.bpmn");
        File.WriteAllText(file, """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://example.org/test">
              <process id="implicit" isExecutable="true">
                <startEvent id="start" />
                <task id="work" />
                <sequenceFlow sourceRef="start" targetRef="work" />
              </process>
            </definitions>
            """);
        return file;
    }

    private string WriteProcess(string condition)
    {
        var file = Path.Combine(Folder, "deep.bpmn");
        File.WriteAllText(file, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" targetNamespace="http://example.org/test">
              <process id="deep" isExecutable="true">
                <startEvent id="start" />
                <sequenceFlow id="toSplit" sourceRef="start" targetRef="split" />
                <exclusiveGateway id="split" default="toOther" />
                <sequenceFlow id="toEnd" sourceRef="split" targetRef="end">
                  <conditionExpression xsi:type="tFormalExpression">{condition}</conditionExpression>
                </sequenceFlow>
                <sequenceFlow id="toOther" sourceRef="split" targetRef="end" />
                <endEvent id="end" />
              </process>
            </definitions>
            """);
        return file;
    }
}
