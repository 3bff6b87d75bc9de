using System.Text.RegularExpressions;
using NUnit.Framework;
using Workflows.Engine.Parsing;

namespace Workflows.Engine.Tests.Parsing;

/// <summary>
/// The OMG BPMN MIWG reference models (Assets/miwg, CC BY 3.0) are valid BPMN from many modelers.
/// Each must import without an exception; most use elements outside our executable subset, and exactly those are named.
/// </summary>
public partial class MiwgReferenceModelTests
{
    private static readonly ImportOptions InterchangeOptions = new() { RequireExecutableProcess = false };

    // An intermediate throw event is refused by its definition (message, signal, …); a none throw event runs.
    public static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("A.1.0", "");
        yield return Case("A.2.0", "", "leaves gateway");
        yield return Case("A.2.1", "", "unsupported expression language 'http://www.w3.org/1999/XPath'");
        yield return Case("A.3.0", "escalationEventDefinition", "message event needs a messageRef");
        yield return Case("A.4.0", "");
        yield return Case("A.4.1", "");
        yield return Case("B.1.0", "messageEventDefinition", "service task needs camunda:delegateExpression or camunda:class", "timer needs exactly one");
        yield return Case("B.2.0", "conditionalEventDefinition escalationEventDefinition eventBasedGateway "
            + "linkEventDefinition messageEventDefinition sendTask signalEventDefinition standardLoopCharacteristics");
        yield return Case("C.1.0", "eventBasedGateway messageEventDefinition");
        // Its service task's activiti:delegateExpression (the prefix is camunda:) is read like camunda:.
        yield return Case("C.1.1", "", "bad condition: expected a ${...} expression");
        yield return Case("C.2.0", "messageEventDefinition", "error end event needs an errorRef");
        yield return Case("C.3.0", "messageEventDefinition", "sub-process has no none start event");
        yield return Case("C.4.0", "messageEventDefinition signalEventDefinition standardLoopCharacteristics");
        yield return Case("C.5.0", "signalEventDefinition");
        yield return Case("C.6.0", "compensateEventDefinition eventBasedGateway messageEventDefinition sendTask subProcess");
        yield return Case("C.7.0", "businessRuleTask", "multi-instance needs camunda:collection or loopCardinality");
        yield return Case("C.8.0", "businessRuleTask sendTask");
        yield return Case("C.8.1", "businessRuleTask sendTask", "unsupported expression language");
        yield return Case("C.9.0", "businessRuleTask sendTask subProcess");
        yield return Case("C.9.1", "sendTask");
        yield return Case("C.9.2", "subProcess", "event sub-process");
    }

    [TestCaseSource(nameof(Cases))]
    public void ShouldImportWithExactlyTheExpectedUnsupportedElements(string name, string[] unsupported, string[] problems)
    {
        var found = Import(name).Problems
            .Select(problem => UnsupportedElement().Match(problem.Message))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .ToHashSet();
        Assert.That(found, Is.EquivalentTo(unsupported));
    }

    [TestCaseSource(nameof(Cases))]
    public void ShouldReportTheExpectedProblems(string name, string[] unsupported, string[] problems)
    {
        var result = Import(name);
        var messages = result.Problems.Select(problem => problem.Message).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.EqualTo(unsupported.Length == 0 && problems.Length == 0));
            foreach (var fragment in problems)
                Assert.That(messages, Has.Some.Contains(fragment));
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void ShouldLocateEveryProblem(string name, string[] unsupported, string[] problems) =>
        Assert.That(Import(name).Problems, Has.All.Matches<ValidationProblem>(problem => problem.Line > 0 && problem.ElementId != null));

    [Test]
    public void ShouldImportEachPoolOfACollaborationAsAProcess()
    {
        var document = Import("A.4.0").Document!;
        Assert.That(document.Processes.Select(process => process.Id), Is.EqualTo(new[] { "WFP-6-1", "WFP-6-2" }));
    }

    /// <param name="unsupported">Space-separated names of the elements outside the subset.</param>
    /// <param name="problems">Fragments of the other problems expected.</param>
    private static TestCaseData Case(string name, string unsupported, params string[] problems) =>
        new TestCaseData(name, unsupported.Split(' ', StringSplitOptions.RemoveEmptyEntries), problems).SetArgDisplayNames(name);

    private static ImportResult Import(string name)
    {
        using var stream = File.OpenRead(Path.Combine(TestContext.CurrentContext.TestDirectory, "Assets", "miwg", name + ".bpmn"));
        return BpmnImporter.Import(stream, InterchangeOptions);
    }

    [GeneratedRegex(@"unsupported element '(\w+)'")]
    private static partial Regex UnsupportedElement();
}
