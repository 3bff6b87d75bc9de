using NUnit.Framework;
using Workflows.Engine.Parsing;

namespace Workflows.Engine.Tests.Parsing;

public class ImportSingleExecutableTests
{
    private static readonly string TwoProcesses = BpmnText.Around("<task id=\"x\" />", """
        <process id="other" isExecutable="true">
          <startEvent id="s" /><sequenceFlow id="f" sourceRef="s" targetRef="e" /><endEvent id="e" />
        </process>
        """);

    [Test]
    public void ShouldReturnTheOnlyExecutableProcess() =>
        Assert.That(BpmnImporter.ImportSingleExecutable(BpmnText.Around("<task id=\"x\" />")).Id, Is.EqualTo("p"));

    [Test]
    public void ShouldReturnTheNamedProcess() =>
        Assert.That(BpmnImporter.ImportSingleExecutable(TwoProcesses, "other").Id, Is.EqualTo("other"));

    [Test]
    public void ShouldRefuseToGuessAmongSeveralProcesses() =>
        Assert.That(() => BpmnImporter.ImportSingleExecutable(TwoProcesses),
            Throws.TypeOf<BpmnValidationException>().With.Message.Contains("several executable processes"));

    [Test]
    public void ShouldListEveryProblemInTheException()
    {
        var exception = Assert.Throws<BpmnValidationException>(() => BpmnImporter.ImportSingleExecutable(BpmnText.Around("<sendTask id=\"x\" />")));
        Assert.That(exception.Problems.Single().Message, Is.EqualTo("unsupported element 'sendTask'"));
    }
}
