namespace Workflows.Engine.Model;

/// <summary>Any identified element of a process: nodes and sequence flows.</summary>
public abstract class FlowElement
{
    public required string Id { get; init; }
    public string? Name { get; init; }

    /// <summary>1-based line in the source XML, for validation messages.</summary>
    public int Line { get; init; }
}
