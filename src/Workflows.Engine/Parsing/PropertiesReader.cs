using System.Xml.Linq;

namespace Workflows.Engine.Parsing;

/// <summary>Reads <c>camunda:properties/camunda:property</c> name-value pairs of an element.</summary>
internal static class PropertiesReader
{
    public static Dictionary<string, string> Read(XElement element)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.CamundaExtensions("properties").Elements(BpmnNames.Camunda + "property"))
        {
            if (property.Text("name") is { } name)
                properties[name] = property.Attribute("value")?.Value ?? "";
        }
        return properties;
    }
}
