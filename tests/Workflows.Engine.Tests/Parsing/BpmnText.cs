using Workflows.Engine.Parsing;

namespace Workflows.Engine.Tests.Parsing;

/// <summary>Builds small BPMN documents. The process element is on line 3, so its first body line is line 4.</summary>
internal static class BpmnText
{
    public const int FirstBodyLine = 4;

    private const string Header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" targetNamespace="http://example.org/test">
        """;

    /// <summary>A process <c>p</c> holding <paramref name="body"/>; <paramref name="rootElements"/> follow the process.</summary>
    public static string Process(string body, string rootElements = "") =>
        $"{Header}\n<process id=\"p\" isExecutable=\"true\">\n{body}\n</process>\n{rootElements}\n</definitions>";

    /// <summary>start → <paramref name="node"/> (id <c>x</c>) → end.</summary>
    public static string Around(string node, string rootElements = "") => Process($"""
        {node}
        <startEvent id="start" />
        <sequenceFlow id="toX" sourceRef="start" targetRef="x" />
        <sequenceFlow id="fromX" sourceRef="x" targetRef="end" />
        <endEvent id="end" />
        """, rootElements);

    public static ImportResult Import(string xml) => BpmnImporter.Import(xml);

    public static IEnumerable<string> Messages(string xml) => Import(xml).Problems.Select(problem => problem.Message);
}
