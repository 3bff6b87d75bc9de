using NUnit.Framework;
using Workflows.Engine.Parsing;

namespace Workflows.Engine.Tests.Parsing;

/// <summary>Every Camunda extension the engine does not run is a warning on its element, never silently dropped;
/// the model stays valid.</summary>
public class IgnoredExtensionWarningTests
{
    public static IEnumerable<string> IgnoredAttributes() => IgnoredExtensions.Attributes.Keys;

    public static IEnumerable<string> IgnoredElements() => IgnoredExtensions.Elements.Keys;

    [TestCaseSource(nameof(IgnoredAttributes))]
    public void ShouldWarnAboutAnIgnoredAttribute(string attribute)
    {
        var result = BpmnText.Import(BpmnText.Around($"<userTask id=\"x\" camunda:{attribute}=\"v\" />"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Problems, Is.Empty);
            Assert.That(result.Warnings, Has.Exactly(1).Matches<ValidationProblem>(warning =>
                warning.Line == BpmnText.FirstBodyLine && warning.ElementId == "x" && warning.Message.StartsWith($"camunda:{attribute} is ignored: ", StringComparison.Ordinal)));
        });
    }

    [TestCaseSource(nameof(IgnoredElements))]
    public void ShouldWarnAboutAnIgnoredExtensionElement(string element)
    {
        var result = BpmnText.Import(BpmnText.Around($"<userTask id=\"x\"><extensionElements><camunda:{element} /></extensionElements></userTask>"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Problems, Is.Empty);
            Assert.That(result.Warnings, Has.Exactly(1).Matches<ValidationProblem>(warning =>
                warning.ElementId == "x" && warning.Message.StartsWith($"camunda:{element} is ignored: ", StringComparison.Ordinal)));
        });
    }

    [Test]
    public void ShouldNameTheEventOfAnErrorCodeVariable() =>
        Assert.That(BpmnText.Import(BpmnText.Around("""
            <userTask id="x" />
            <boundaryEvent id="caught" attachedToRef="x"><errorEventDefinition camunda:errorCodeVariable="code" /></boundaryEvent>
            <sequenceFlow id="fromCaught" sourceRef="caught" targetRef="end" />
            """)).Warnings.Select(warning => (warning.ElementId, warning.Message)),
            Is.EqualTo(new[] { ("caught", (string?)"camunda:errorCodeVariable is ignored: the caught error's code is not stored in a variable") }));

    [Test]
    public void ShouldNotWarnAboutWhatTheEngineRuns() =>
        Assert.That(BpmnText.Import(BpmnText.Around("""
            <userTask id="x" camunda:assignee="a" camunda:candidateGroups="g" camunda:formKey="f">
              <extensionElements><camunda:properties><camunda:property name="calendar" value="cn" /></camunda:properties></extensionElements>
            </userTask>
            """)).Warnings, Is.Empty);

    [Test]
    public void ShouldListEveryIgnoredExtensionInTheSubsetTable()
    {
        var table = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Assets", "engine-README.md"));
        Assert.Multiple(() =>
        {
            foreach (var name in IgnoredExtensions.Attributes.Keys.Concat(IgnoredExtensions.Elements.Keys))
                Assert.That(table, Does.Contain($"`camunda:{name}`"), name);
        });
    }
}
