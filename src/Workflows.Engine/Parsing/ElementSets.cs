namespace Workflows.Engine.Parsing;

/// <summary>BPMN elements met among a scope's children that are not nodes: modeling-only ones are skipped
/// without a problem; loop characteristics belong to the sub-process itself (<see cref="MultiInstanceReader"/>).</summary>
internal static class ElementSets
{
    public static readonly HashSet<string> IgnoredInScope = new(StringComparer.Ordinal)
    {
        "documentation", "extensionElements", "laneSet", "lane", "textAnnotation", "association", "group",
        "dataObject", "dataObjectReference", "dataStoreReference", "dataInputAssociation", "dataOutputAssociation",
        "ioSpecification", "property", "incoming", "outgoing", "auditing", "monitoring", "category",
        "categoryValue", "supports", "correlationSubscription", "resourceRole", "performer", "humanPerformer",
        "potentialOwner", "multiInstanceLoopCharacteristics", "standardLoopCharacteristics", "categoryValueRef",
        "dataInput", "dataOutput", "inputSet", "outputSet", "dataState", "relationship",
    };
}
