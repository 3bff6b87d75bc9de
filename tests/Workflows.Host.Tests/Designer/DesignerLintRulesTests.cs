using System.Diagnostics;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Designer;

/// <summary>
/// The designer lints the diagram on the fly with the bpmnlint rules of <c>ClientApp/.bpmnlintrc</c>, the ones the
/// server's publish validation also enforces. The same file lints here, through bpmnlint's own command line: the
/// shipped workflows are clean under it, and a model breaking the rules is reported by rule.
/// </summary>
public sealed class DesignerLintRulesTests
{
    private static readonly string Root = RepositoryFolder.Root;
    private static readonly string ClientApp = Path.Combine(Root, "src", "Workflows.Host", "ClientApp");

    private const string Broken = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="https://jiaocheng.gov.cn/workflows/tests">
          <process id="broken" isExecutable="true">
            <startEvent id="start"><outgoing>toDecide</outgoing></startEvent>
            <sequenceFlow id="toDecide" sourceRef="start" targetRef="decide" />
            <exclusiveGateway id="decide" default="toApprove"><incoming>toDecide</incoming><outgoing>toApprove</outgoing><outgoing>toReject</outgoing><outgoing>toArchive</outgoing></exclusiveGateway>
            <sequenceFlow id="toApprove" sourceRef="decide" targetRef="approve" />
            <sequenceFlow id="toReject" sourceRef="decide" targetRef="reject"><conditionExpression>${!approved}</conditionExpression></sequenceFlow>
            <sequenceFlow id="toArchive" sourceRef="decide" targetRef="archive" />
            <userTask id="approve"><incoming>toApprove</incoming></userTask>
            <userTask id="reject"><incoming>toReject</incoming><outgoing>toEnd</outgoing></userTask>
            <userTask id="archive"><incoming>toArchive</incoming><outgoing>archived</outgoing></userTask>
            <sequenceFlow id="toEnd" sourceRef="reject" targetRef="end" />
            <sequenceFlow id="archived" sourceRef="archive" targetRef="end" />
            <userTask id="orphan" />
            <endEvent id="end"><incoming>toEnd</incoming><incoming>archived</incoming></endEvent>
          </process>
        </definitions>
        """;

    [Test]
    public async Task ShouldFindNoErrorOrWarningInAnyShippedWorkflow()
    {
        var files = Directory.GetFiles(Path.Combine(Root, "workflows"), "*.bpmn").Order(StringComparer.Ordinal).ToList();
        Assert.That(files.Select(Path.GetFileName), Is.SupersetOf(new[]
        {
            "new-project.bpmn", "cross-department-project.bpmn", "dedicated-network-exception.bpmn", "change-request.bpmn", "rectification-order.bpmn",
        }));

        var (exitCode, output) = await LintAsync(files);

        Assert.That(output, Does.Not.Contain("problem"), output);
        Assert.That(exitCode, Is.Zero, output);
    }

    [Test]
    public async Task ShouldReportEachBrokenRuleOnItsElement()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("workflows-lint-").FullName, "broken.bpmn");
        await File.WriteAllTextAsync(file, Broken);

        var (exitCode, output) = await LintAsync([file]);

        Assert.That(exitCode, Is.Not.Zero, output);
        var issues = output.Split('\n').Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(words => words.Length > 2)
            .Select(words => $"{words[0]} {words[1]} {words[^1]}").ToList();
        Assert.That(issues, Does.Contain("approve warning no-implicit-end"), output);
        Assert.That(issues, Does.Contain("toArchive error conditional-flows"), output);
        Assert.That(issues, Does.Contain("orphan error no-disconnected"), output);
        Assert.That(issues, Does.Contain("orphan error no-implicit-start"), output);
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    /// <summary>bpmnlint's command line in the UI's folder, with its <c>.bpmnlintrc</c>; warnings count as failures too.</summary>
    private static async Task<(int ExitCode, string Output)> LintAsync(IEnumerable<string> files)
    {
        var command = Path.Combine(ClientApp, "node_modules", "bpmnlint", "bin", "bpmnlint.js");
        Assert.That(File.Exists(command), Is.True, $"{command} is missing: run `npm ci` in {ClientApp} (IBM_TELEMETRY_DISABLED=true).");
        var start = new ProcessStartInfo("node") { WorkingDirectory = ClientApp, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(command);
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(Path.Combine(ClientApp, ".bpmnlintrc"));
        start.ArgumentList.Add("--max-warnings=0");
        foreach (var file in files)
            start.ArgumentList.Add(file);
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

}
