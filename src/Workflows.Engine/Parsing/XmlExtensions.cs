using System.Xml;
using System.Xml.Linq;

namespace Workflows.Engine.Parsing;

internal static class XmlExtensions
{
    public static int Line(this XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    public static string? Id(this XElement element) => element.Attribute("id")?.Value;

    /// <summary>An unqualified attribute, trimmed; null when absent or blank.</summary>
    public static string? Text(this XElement element, XName name)
    {
        var value = element.Attribute(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>A <c>camunda:</c> attribute, or the same attribute in the older <c>activiti:</c> namespace.</summary>
    public static string? Camunda(this XElement element, string name) =>
        element.Text(BpmnNames.Camunda + name) ?? element.Text(BpmnNames.Activiti + name);

    public static bool Flag(this XElement element, string name, bool defaultValue) =>
        element.Text(name) is { } value ? value.Equals("true", StringComparison.OrdinalIgnoreCase) : defaultValue;

    public static IEnumerable<XElement> ModelChildren(this XElement element) =>
        element.Elements().Where(child => child.Name.Namespace == BpmnNames.Model);

    public static XElement? ModelChild(this XElement element, string localName) => element.Element(BpmnNames.Model + localName);

    /// <summary>The <c>camunda:*</c> elements inside <c>extensionElements</c>.</summary>
    public static IEnumerable<XElement> CamundaExtensions(this XElement element, string localName) =>
        element.Elements(BpmnNames.Model + "extensionElements").Elements(BpmnNames.Camunda + localName);
}
