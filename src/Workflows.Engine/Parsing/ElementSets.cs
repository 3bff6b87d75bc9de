namespace Workflows.Engine.Parsing;

/// <summary>BPMN elements that carry no execution semantics for us and are skipped without a problem.</summary>
internal static class ElementSets
{
    public static readonly HashSet<string> IgnoredInScope = new(StringComparer.Ordinal)
    {
        "documentation", "extensionElements", "laneSet", "lane", "textAnnotation", "association", "group",
        "dataObject", "dataObjectReference", "dataStoreReference", "dataInputAssociation", "dataOutputAssociation",
        "ioSpecification", "property", "incoming", "outgoing", "auditing", "monitoring", "category",
        "categoryValue", "supports", "correlationSubscription", "resourceRole", "performer", "humanPerformer",
        "potentialOwner",
    };
}
