namespace Workflows.Engine.Model;

/// <summary>An imported <c>definitions</c> document: its processes.</summary>
public sealed class BpmnDocument
{
    public string? TargetNamespace { get; init; }
    public List<ProcessModel> Processes { get; } = [];
}
