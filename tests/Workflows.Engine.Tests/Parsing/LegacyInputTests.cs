using System.Text;
using NUnit.Framework;
using Workflows.Engine.Parsing;

namespace Workflows.Engine.Tests.Parsing;

/// <summary>Inputs older modelers write: legacy encodings and non-flow children of a sub-process.</summary>
public class LegacyInputTests
{
    [Test]
    public void ShouldReadADocumentInWindows1252()
    {
        var xml = BpmnText.Around("<task id=\"x\" name=\"Überprüfung café\" />").Replace("encoding=\"UTF-8\"", "encoding=\"windows-1252\"");
        // These letters have the same bytes in Latin-1 and windows-1252, so the test needs no code page itself.
        var bytes = Encoding.Latin1.GetBytes(xml);

        var result = BpmnImporter.Import(new MemoryStream(bytes));

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Document!.Processes[0].NodesById["x"].Name, Is.EqualTo("Überprüfung café"));
    }

    [Test]
    public void ShouldIgnoreCategoryValueRefAndDataInputsInASubProcess() =>
        Assert.That(BpmnText.Messages(BpmnText.Around("""
            <subProcess id="x">
              <categoryValueRef>cv1</categoryValueRef>
              <dataInput id="in1" />
              <startEvent id="innerStart" />
              <sequenceFlow id="i1" sourceRef="innerStart" targetRef="innerEnd" />
              <endEvent id="innerEnd" />
            </subProcess>
            """)), Is.Empty);
}
