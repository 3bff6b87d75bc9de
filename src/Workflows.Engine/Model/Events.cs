namespace Workflows.Engine.Model;

public sealed class StartEvent : FlowNode
{
    /// <summary>Null for a none start event.</summary>
    public EventDefinition? Definition { get; init; }
}

public enum EndEventKind { None, Terminate, Error }

public sealed class EndEvent : FlowNode
{
    public EndEventKind Kind { get; init; }

    /// <summary>The <c>errorCode</c> thrown by an error end event.</summary>
    public string? ErrorCode { get; init; }
}

public sealed class IntermediateCatchEvent : FlowNode
{
    public required EventDefinition Definition { get; init; }
}

public sealed class BoundaryEvent : FlowNode
{
    public required Activity AttachedTo { get; set; }
    public bool CancelActivity { get; init; } = true;
    public required EventDefinition Definition { get; init; }
}
