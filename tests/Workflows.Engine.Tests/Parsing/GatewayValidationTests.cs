using NUnit.Framework;
using Workflows.Engine.Parsing;

namespace Workflows.Engine.Tests.Parsing;

public class GatewayValidationTests
{
    /// <summary>start → gateway g (line 4) → flows a (line 5) and b (line 8) → end.</summary>
    private static string Split(string gatewayAttributes, string conditionA, string conditionB, string gateway = "exclusiveGateway") =>
        BpmnText.Process($"""
            <{gateway} id="g" {gatewayAttributes} />
            <sequenceFlow id="a" sourceRef="g" targetRef="end">
              {Condition(conditionA)}
            </sequenceFlow>
            <sequenceFlow id="b" sourceRef="g" targetRef="end">
              {Condition(conditionB)}
            </sequenceFlow>
            <startEvent id="start" />
            <sequenceFlow id="toG" sourceRef="start" targetRef="g" />
            <endEvent id="end" />
            """);

    private static string Condition(string body) =>
        body.Length == 0 ? "" : $"<conditionExpression xsi:type=\"tFormalExpression\">{body}</conditionExpression>";

    [Test]
    public void ShouldAcceptConditionsOnEveryFlow() =>
        Assert.That(BpmnText.Import(Split("", "${ok}", "${!ok}")).IsValid, Is.True);

    [Test]
    public void ShouldAcceptADefaultWithoutCondition() =>
        Assert.That(BpmnText.Import(Split("default=\"b\"", "${ok}", "")).IsValid, Is.True);

    [Test]
    public void ShouldReportAMissingConditionOnANonDefaultFlowOfAnInclusiveGateway() =>
        Assert.That(BpmnText.Import(Split("", "${ok}", "", "inclusiveGateway")).Problems,
            Is.EqualTo(new[] { new ValidationProblem(8, "b", "flow 'b' leaves gateway 'g' without a condition and is not its default") }));

    [Test]
    public void ShouldReportTwoUnconditionalFlowsOfAnExclusiveGateway() =>
        Assert.That(BpmnText.Import(Split("", "", "")).Problems, Is.EqualTo(new[]
        {
            new ValidationProblem(5, "a", "flow 'a' leaves gateway 'g' without a condition and is not its default"),
            new ValidationProblem(8, "b", "flow 'b' leaves gateway 'g' without a condition and is not its default"),
        }));

    [Test]
    public void ShouldTakeTheOnlyUnconditionalFlowOfAnExclusiveGatewayAsItsDefault()
    {
        var result = BpmnText.Import(Split("", "${ok}", ""));
        Assert.Multiple(() =>
        {
            Assert.That(result.Problems, Is.Empty);
            Assert.That(((Workflows.Engine.Model.ExclusiveGateway)result.Document!.Processes[0].NodesById["g"]).Default!.Id, Is.EqualTo("b"));
            Assert.That(result.Warnings, Is.EqualTo(new[] { new ValidationProblem(8, "b", "flow 'b' leaves gateway 'g' without a condition: it is taken as the default flow") }));
        });
    }

    [Test]
    public void ShouldReportADefaultThatIsNotAnOutgoingFlow() =>
        Assert.That(BpmnText.Import(Split("default=\"toG\"", "${ok}", "${!ok}")).Problems,
            Is.EqualTo(new[] { new ValidationProblem(4, "g", "default flow 'toG' is not an outgoing flow of this gateway") }));

    [Test]
    public void ShouldReportADefaultFlowWithACondition() =>
        Assert.That(BpmnText.Messages(Split("default=\"b\"", "${ok}", "${!ok}")), Is.EqualTo(new[] { "default flow 'b' must not have a condition" }));

    [Test]
    public void ShouldNameTheFlowOfABadCondition() =>
        Assert.That(BpmnText.Import(Split("", "${a &amp; b}", "${!ok}")).Problems,
            Is.EqualTo(new[] { new ValidationProblem(5, "a", "flow 'a': bad condition: unexpected token '&' at 3") }));

    [Test]
    public void ShouldReportAConditionWithoutDelimiters() =>
        Assert.That(BpmnText.Messages(Split("", "ok == true", "${!ok}")), Is.EqualTo(new[] { "flow 'a': bad condition: expected a ${...} expression" }));

    [Test]
    public void ShouldReportAnotherExpressionLanguage() =>
        Assert.That(BpmnText.Messages(Split("", "${ok}", "${!ok}").Replace("xsi:type=\"tFormalExpression\">${ok}", "language=\"javascript\">${ok}")),
            Is.EqualTo(new[] { "flow 'a': unsupported expression language 'javascript'" }));

    [Test]
    public void ShouldReportConditionsLeavingAParallelGateway() =>
        Assert.That(BpmnText.Messages(Split("", "${ok}", "", "parallelGateway")),
            Is.EqualTo(new[] { "flow 'a': conditions are only supported on flows leaving an exclusive or inclusive gateway" }));

    [Test]
    public void ShouldTreatAnEmptyConditionAsAbsent() =>
        Assert.That(BpmnText.Import(Split("default=\"b\"", "${ok}", "  ")).IsValid, Is.True);
}
