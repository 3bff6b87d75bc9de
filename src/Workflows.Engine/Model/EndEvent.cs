namespace Workflows.Engine.Model;

public sealed class EndEvent : FlowNode
{
    public EndEventKind Kind { get; init; }

    /// <summary>The <c>errorCode</c> thrown by an error end event.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The <c>camunda:errorMessage</c> of the error it throws, if any.</summary>
    public string? ErrorMessage { get; init; }
}
