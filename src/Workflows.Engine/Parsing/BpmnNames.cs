using System.Xml.Linq;

namespace Workflows.Engine.Parsing;

internal static class BpmnNames
{
    public static readonly XNamespace Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";
    /// <summary>Activiti's namespace, which Camunda 7 still reads; its attributes are read like <c>camunda:</c>.</summary>
    public static readonly XNamespace Activiti = "http://activiti.org/bpmn";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
}
