using System.Xml;
using System.Xml.Linq;

namespace Workflows.Runtime.Definitions.DiffVersions;

/// <summary>
/// The semantic elements of a BPMN document by id, each with its properties flattened: its attributes, and the attributes and
/// texts of nested elements that have no id of their own (<c>conditionExpression</c>, <c>extensionElements/camunda:properties/…</c>).
/// Diagram interchange and the incoming/outgoing references (which mirror the flows) are left out.
/// </summary>
internal static class BpmnElementIndex
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public sealed record Element(string Type, string? Name, IReadOnlyDictionary<string, string> Properties);

    public static Dictionary<string, Element> Read(string xml)
    {
        // Published XML was validated; reading it again still refuses DTDs.
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var document = XDocument.Load(reader);
        var elements = new Dictionary<string, Element>(StringComparer.Ordinal);
        foreach (var element in document.Descendants().Where(e => e.Name.Namespace == Bpmn && e.Name.LocalName != "definitions"))
        {
            if (element.Attribute("id")?.Value is not { Length: > 0 } id || elements.ContainsKey(id))
                continue;
            var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
            AddAttributes(element, "", properties);
            AddNested(element, "", properties);
            elements[id] = new Element(element.Name.LocalName, element.Attribute("name")?.Value, properties);
        }

        return elements;
    }

    private static void AddAttributes(XElement element, string path, IDictionary<string, string> properties)
    {
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration && !(path.Length == 0 && a.Name.LocalName == "id" && a.Name.Namespace == XNamespace.None)))
            properties[path.Length == 0 ? Name(element, attribute.Name) : $"{path}@{Name(element, attribute.Name)}"] = attribute.Value;
    }

    private static void AddNested(XElement parent, string path, IDictionary<string, string> properties)
    {
        var children = parent.Elements()
            .Where(child => child.Attribute("id") is null && !(child.Name.Namespace == Bpmn && child.Name.LocalName is "incoming" or "outgoing"))
            .ToList();
        foreach (var group in children.GroupBy(child => child.Name))
        {
            var index = 0;
            foreach (var child in group)
            {
                var name = Name(parent, child.Name) + (group.Count() > 1 ? $"[{++index}]" : "");
                var childPath = path.Length == 0 ? name : $"{path}/{name}";
                AddAttributes(child, childPath, properties);
                if (!child.HasElements && child.Value.Trim() is { Length: > 0 } text)
                    properties[childPath] = text;
                AddNested(child, childPath, properties);
            }
        }
    }

    /// <summary>BPMN's own names bare, extensions with their prefix (<c>camunda:assignee</c>).</summary>
    private static string Name(XElement scope, XName name) =>
        name.Namespace == XNamespace.None || name.Namespace == Bpmn ? name.LocalName
        : $"{scope.GetPrefixOfNamespace(name.Namespace) ?? name.NamespaceName}:{name.LocalName}";
}
