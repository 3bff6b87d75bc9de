namespace Workflows.Engine.Tests.Execution.Support;

/// <summary>Wraps process XML fragments into a BPMN definitions document with the Camunda namespace.</summary>
internal static class Bpmn
{
    public static string Process(string id, string body, string definitionsExtras = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                     id="defs-{id}" targetNamespace="http://example.org/tests">
          {definitionsExtras}
          <process id="{id}" isExecutable="true">
            {body}
          </process>
        </definitions>
        """;

    public static string Flow(string id, string from, string to, string? condition = null) => condition is null
        ? $"""<sequenceFlow id="{id}" sourceRef="{from}" targetRef="{to}" />"""
        : $"""<sequenceFlow id="{id}" sourceRef="{from}" targetRef="{to}"><conditionExpression xsi:type="tFormalExpression">{condition}</conditionExpression></sequenceFlow>""";
}
